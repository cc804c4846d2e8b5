import '../controlbar-button/rtk-controlbar-button.js';
import { RtkStageToggle } from './stage-toggle.js';

export { RtkStageToggle };

if (!customElements.get('rtk-stage-toggle')) {
  customElements.define('rtk-stage-toggle', RtkStageToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-stage-toggle': RtkStageToggle;
  }
}
