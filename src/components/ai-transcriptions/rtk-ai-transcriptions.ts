import '../message-list-view/rtk-message-list-view.js';
import { RtkAiTranscriptions } from './ai-transcriptions.js';

export { RtkAiTranscriptions };

if (!customElements.get('rtk-ai-transcriptions')) {
  customElements.define('rtk-ai-transcriptions', RtkAiTranscriptions);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-ai-transcriptions': RtkAiTranscriptions;
  }
}
