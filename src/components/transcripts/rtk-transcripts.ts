import '../transcript/rtk-transcript.js';
import { RtkTranscripts } from './transcripts.js';

export { RtkTranscripts };

if (!customElements.get('rtk-transcripts')) {
  customElements.define('rtk-transcripts', RtkTranscripts);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-transcripts': RtkTranscripts;
  }
}
