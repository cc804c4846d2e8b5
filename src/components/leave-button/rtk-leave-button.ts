import '../controlbar-button/rtk-controlbar-button.js';
import { RtkLeaveButton } from './leave-button.js';

export { RtkLeaveButton };

if (!customElements.get('rtk-leave-button')) {
  customElements.define('rtk-leave-button', RtkLeaveButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-leave-button': RtkLeaveButton;
  }
}
