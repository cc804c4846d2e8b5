import '../message-view/rtk-message-view.js';
import '../text-message-view/rtk-text-message-view.js';
import { RtkTextMessage } from './text-message.js';

export { RtkTextMessage };

if (!customElements.get('rtk-text-message')) {
  customElements.define('rtk-text-message', RtkTextMessage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-text-message': RtkTextMessage;
  }
}
