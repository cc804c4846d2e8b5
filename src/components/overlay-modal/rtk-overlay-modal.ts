import '../dialog/rtk-dialog.js';
import '../icon/rtk-icon.js';
import { RtkOverlayModal } from './overlay-modal.js';

export { RtkOverlayModal };

if (!customElements.get('rtk-overlay-modal')) {
  customElements.define('rtk-overlay-modal', RtkOverlayModal);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-overlay-modal': RtkOverlayModal;
  }
}
