import '../controlbar-button/rtk-controlbar-button.js';
import { RtkLivestreamToggle } from './livestream-toggle.js';

export { RtkLivestreamToggle };

if (!customElements.get('rtk-livestream-toggle')) {
  customElements.define('rtk-livestream-toggle', RtkLivestreamToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-livestream-toggle': RtkLivestreamToggle;
  }
}
