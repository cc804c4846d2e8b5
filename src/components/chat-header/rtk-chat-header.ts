import '../button/rtk-button.js';
import { RtkChatHeader } from './chat-header.js';

export { RtkChatHeader };

if (!customElements.get('rtk-chat-header')) {
  customElements.define('rtk-chat-header', RtkChatHeader);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-header': RtkChatHeader;
  }
}
