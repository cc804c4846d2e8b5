import { RtkNotification } from './notification.js';

export { RtkNotification };

if (!customElements.get('rtk-notification')) {
  customElements.define('rtk-notification', RtkNotification);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-notification': RtkNotification;
  }
}
