import '../controlbar-button/rtk-controlbar-button.js';
import { RtkRecordingToggle } from './recording-toggle.js';

export { RtkRecordingToggle };

if (!customElements.get('rtk-recording-toggle')) {
  customElements.define('rtk-recording-toggle', RtkRecordingToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-recording-toggle': RtkRecordingToggle;
  }
}
