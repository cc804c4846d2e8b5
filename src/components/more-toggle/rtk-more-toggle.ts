import '../controlbar-button/rtk-controlbar-button.js';
import { RtkMoreToggle } from './more-toggle.js';

export { RtkMoreToggle };

if (!customElements.get('rtk-more-toggle')) {
  customElements.define('rtk-more-toggle', RtkMoreToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-more-toggle': RtkMoreToggle;
  }
}
