import '../ai-transcriptions/rtk-ai-transcriptions.js';
import { RtkAi } from './ai.js';

export { RtkAi };

if (!customElements.get('rtk-ai')) {
  customElements.define('rtk-ai', RtkAi);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-ai': RtkAi;
  }
}
