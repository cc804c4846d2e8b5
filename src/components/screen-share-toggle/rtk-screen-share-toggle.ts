import '../controlbar-button/rtk-controlbar-button.js';
import { RtkScreenShareToggle } from './screen-share-toggle.js';

export { RtkScreenShareToggle };

if (!customElements.get('rtk-screen-share-toggle')) {
  customElements.define('rtk-screen-share-toggle', RtkScreenShareToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-screen-share-toggle': RtkScreenShareToggle;
  }
}
