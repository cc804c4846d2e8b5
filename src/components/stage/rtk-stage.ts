import { RtkStage } from './stage.js';

export { RtkStage };

if (!customElements.get('rtk-stage')) {
  customElements.define('rtk-stage', RtkStage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-stage': RtkStage;
  }
}
