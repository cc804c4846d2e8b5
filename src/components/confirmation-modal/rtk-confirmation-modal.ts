import '../dialog/rtk-dialog.js';
import '../button/rtk-button.js';
import { RtkConfirmationModal } from './confirmation-modal.js';

export { RtkConfirmationModal };

if (!customElements.get('rtk-confirmation-modal')) {
  customElements.define('rtk-confirmation-modal', RtkConfirmationModal);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-confirmation-modal': RtkConfirmationModal;
  }
}
