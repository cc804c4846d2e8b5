import '../message-list-view/rtk-message-list-view.js';
import '../message-view/rtk-message-view.js';
import '../image-message-view/rtk-image-message-view.js';
import '../file-message-view/rtk-file-message-view.js';
import '../dialog/rtk-dialog.js';
import '../button/rtk-button.js';
import { RtkChatMessagesUiPaginated } from './chat-messages-ui-paginated.js';

export { RtkChatMessagesUiPaginated };

if (!customElements.get('rtk-chat-messages-ui-paginated')) {
  customElements.define('rtk-chat-messages-ui-paginated', RtkChatMessagesUiPaginated);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-messages-ui-paginated': RtkChatMessagesUiPaginated;
  }
}
