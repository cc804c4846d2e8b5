import { RtkNetworkIndicator } from './network-indicator.js';

export { RtkNetworkIndicator };

if (!customElements.get('rtk-network-indicator')) {
  customElements.define('rtk-network-indicator', RtkNetworkIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-network-indicator': RtkNetworkIndicator;
  }
}
