import '../controlbar-button/rtk-controlbar-button.js';
import { RtkFullscreenToggle } from './fullscreen-toggle.js';

export { RtkFullscreenToggle };

if (!customElements.get('rtk-fullscreen-toggle')) {
  customElements.define('rtk-fullscreen-toggle', RtkFullscreenToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-fullscreen-toggle': RtkFullscreenToggle;
  }
}
