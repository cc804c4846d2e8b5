import { RtkSpotlightIndicator } from './spotlight-indicator.js';

export { RtkSpotlightIndicator };

if (!customElements.get('rtk-spotlight-indicator')) {
  customElements.define('rtk-spotlight-indicator', RtkSpotlightIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-spotlight-indicator': RtkSpotlightIndicator;
  }
}
