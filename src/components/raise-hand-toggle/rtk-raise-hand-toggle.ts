import '../controlbar-button/rtk-controlbar-button.js';
import { RtkRaiseHandToggle } from './raise-hand-toggle.js';

export { RtkRaiseHandToggle };

if (!customElements.get('rtk-raise-hand-toggle')) {
  customElements.define('rtk-raise-hand-toggle', RtkRaiseHandToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-raise-hand-toggle': RtkRaiseHandToggle;
  }
}
