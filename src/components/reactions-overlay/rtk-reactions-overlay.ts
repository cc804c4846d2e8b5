import { mountReactionsOverlay, RtkReactionsOverlay } from './reactions-overlay.js';

export { mountReactionsOverlay, RtkReactionsOverlay };

if (!customElements.get('rtk-reactions-overlay')) {
  customElements.define('rtk-reactions-overlay', RtkReactionsOverlay);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-reactions-overlay': RtkReactionsOverlay;
  }
}
