import { RtkPinnedIndicator } from './pinned-indicator.js';

export { RtkPinnedIndicator };

if (!customElements.get('rtk-pinned-indicator')) {
  customElements.define('rtk-pinned-indicator', RtkPinnedIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-pinned-indicator': RtkPinnedIndicator;
  }
}
