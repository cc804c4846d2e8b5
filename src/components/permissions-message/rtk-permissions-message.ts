import '../button/rtk-button.js';
import { RtkPermissionsMessage } from './permissions-message.js';

export { RtkPermissionsMessage };

if (!customElements.get('rtk-permissions-message')) {
  customElements.define('rtk-permissions-message', RtkPermissionsMessage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-permissions-message': RtkPermissionsMessage;
  }
}
