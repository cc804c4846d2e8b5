import { RtkRecordingIndicator } from './recording-indicator.js';

export { RtkRecordingIndicator };

if (!customElements.get('rtk-recording-indicator')) {
  customElements.define('rtk-recording-indicator', RtkRecordingIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-recording-indicator': RtkRecordingIndicator;
  }
}
