import { RtkLivestreamIndicator } from './livestream-indicator.js';

export { RtkLivestreamIndicator };

if (!customElements.get('rtk-livestream-indicator')) {
  customElements.define('rtk-livestream-indicator', RtkLivestreamIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-livestream-indicator': RtkLivestreamIndicator;
  }
}
