import '../controlbar-button/rtk-controlbar-button.js';
import { RtkAiToggle } from './ai-toggle.js';

export { RtkAiToggle };

if (!customElements.get('rtk-ai-toggle')) {
  customElements.define('rtk-ai-toggle', RtkAiToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-ai-toggle': RtkAiToggle;
  }
}
