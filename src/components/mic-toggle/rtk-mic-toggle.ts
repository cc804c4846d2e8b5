import '../controlbar-button/rtk-controlbar-button.js';
import { RtkMicToggle } from './mic-toggle.js';

export { RtkMicToggle };

if (!customElements.get('rtk-mic-toggle')) {
  customElements.define('rtk-mic-toggle', RtkMicToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-mic-toggle': RtkMicToggle;
  }
}
