import '../camera-toggle/rtk-camera-toggle.js';
import '../leave-button/rtk-leave-button.js';
import '../mic-toggle/rtk-mic-toggle.js';
import { RtkControlbar } from './controlbar.js';

export { RtkControlbar };

if (!customElements.get('rtk-controlbar')) {
  customElements.define('rtk-controlbar', RtkControlbar);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-controlbar': RtkControlbar;
  }
}
