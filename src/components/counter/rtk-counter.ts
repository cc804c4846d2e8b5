import { RtkCounter } from './counter.js';

export { RtkCounter };

if (!customElements.get('rtk-counter')) {
  customElements.define('rtk-counter', RtkCounter);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-counter': RtkCounter;
  }
}
