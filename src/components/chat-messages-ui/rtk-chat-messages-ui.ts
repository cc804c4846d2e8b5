import '../message-list-view/rtk-message-list-view.js';
import '../chat-message/rtk-chat-message.js';
import { RtkChatMessagesUi } from './chat-messages-ui.js';

export { RtkChatMessagesUi };

if (!customElements.get('rtk-chat-messages-ui')) {
  customElements.define('rtk-chat-messages-ui', RtkChatMessagesUi);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-messages-ui': RtkChatMessagesUi;
  }
}
