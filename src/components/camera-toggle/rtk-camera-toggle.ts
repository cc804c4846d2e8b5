import '../controlbar-button/rtk-controlbar-button.js';
import { RtkCameraToggle } from './camera-toggle.js';

export { RtkCameraToggle };

if (!customElements.get('rtk-camera-toggle')) {
  customElements.define('rtk-camera-toggle', RtkCameraToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-camera-toggle': RtkCameraToggle;
  }
}
