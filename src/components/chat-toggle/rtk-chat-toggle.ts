import '../controlbar-button/rtk-controlbar-button.js';
import { RtkChatToggle } from './chat-toggle.js';

export { RtkChatToggle };

if (!customElements.get('rtk-chat-toggle')) {
  customElements.define('rtk-chat-toggle', RtkChatToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-toggle': RtkChatToggle;
  }
}
