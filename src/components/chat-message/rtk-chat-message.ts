import '../message-view/rtk-message-view.js';
import '../text-message-view/rtk-text-message-view.js';
import '../image-message-view/rtk-image-message-view.js';
import '../file-message-view/rtk-file-message-view.js';
import { RtkChatMessage } from './chat-message.js';

export { RtkChatMessage };

if (!customElements.get('rtk-chat-message')) {
  customElements.define('rtk-chat-message', RtkChatMessage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-message': RtkChatMessage;
  }
}
