import { RtkBroadcastMessageModal } from './broadcast-message-modal.js';

export { RtkBroadcastMessageModal };

if (!customElements.get('rtk-broadcast-message-modal')) {
  customElements.define('rtk-broadcast-message-modal', RtkBroadcastMessageModal);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-broadcast-message-modal': RtkBroadcastMessageModal;
  }
}
