import { RtkDialog } from './dialog.js';

export { RtkDialog };

if (!customElements.get('rtk-dialog')) {
  customElements.define('rtk-dialog', RtkDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-dialog': RtkDialog;
  }
}
