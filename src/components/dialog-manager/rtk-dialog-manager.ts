import { RtkDialogManager } from './dialog-manager.js';

export { RtkDialogManager };

// The tags it renders (rtk-dialog, rtk-leave-meeting, rtk-confirmation-modal, rtk-overlay-modal)
// are imported lazily, the first time the states ask for a dialog (see `dialogs.ts`).
if (!customElements.get('rtk-dialog-manager')) {
  customElements.define('rtk-dialog-manager', RtkDialogManager);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-dialog-manager': RtkDialogManager;
  }
}
