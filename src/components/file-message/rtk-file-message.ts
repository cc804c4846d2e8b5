import '../message-view/rtk-message-view.js';
import '../file-message-view/rtk-file-message-view.js';
import { RtkFileMessage } from './file-message.js';

export { RtkFileMessage };

if (!customElements.get('rtk-file-message')) {
  customElements.define('rtk-file-message', RtkFileMessage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-file-message': RtkFileMessage;
  }
}
