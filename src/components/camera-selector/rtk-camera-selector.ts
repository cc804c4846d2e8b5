import { RtkCameraSelector } from './camera-selector.js';

export { RtkCameraSelector };

if (!customElements.get('rtk-camera-selector')) {
  customElements.define('rtk-camera-selector', RtkCameraSelector);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-camera-selector': RtkCameraSelector;
  }
}
