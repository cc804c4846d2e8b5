import '../dialog/rtk-dialog.js';
import { RtkKeyboardShortcuts } from './keyboard-shortcuts.js';

export { RtkKeyboardShortcuts };

if (!customElements.get('rtk-keyboard-shortcuts')) {
  customElements.define('rtk-keyboard-shortcuts', RtkKeyboardShortcuts);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-keyboard-shortcuts': RtkKeyboardShortcuts;
  }
}
