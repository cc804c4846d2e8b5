import { RtkNotifications } from './notifications.js';

export { RtkNotifications };

if (!customElements.get('rtk-notifications')) {
  customElements.define('rtk-notifications', RtkNotifications);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-notifications': RtkNotifications;
  }
}
