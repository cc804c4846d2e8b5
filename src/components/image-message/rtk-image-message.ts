import '../message-view/rtk-message-view.js';
import '../image-message-view/rtk-image-message-view.js';
import { RtkImageMessage } from './image-message.js';

export { RtkImageMessage };

if (!customElements.get('rtk-image-message')) {
  customElements.define('rtk-image-message', RtkImageMessage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-image-message': RtkImageMessage;
  }
}
