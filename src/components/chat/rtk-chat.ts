import '../chat-header/rtk-chat-header.js';
import '../chat-selector/rtk-chat-selector.js';
import '../chat-composer-ui/rtk-chat-composer-ui.js';
import '../file-dropzone/rtk-file-dropzone.js';
import '../chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import '../pinned-message-selector/rtk-pinned-message-selector.js';
import { RtkChat } from './chat.js';

export { RtkChat };

if (!customElements.get('rtk-chat')) {
  customElements.define('rtk-chat', RtkChat);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat': RtkChat;
  }
}
