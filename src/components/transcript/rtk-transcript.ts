import { RtkTranscript } from './transcript.js';

export { RtkTranscript };

if (!customElements.get('rtk-transcript')) {
  customElements.define('rtk-transcript', RtkTranscript);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-transcript': RtkTranscript;
  }
}
