import { RtkHandRaiseQueue } from './hand-raise-queue.js';

export { RtkHandRaiseQueue };

if (!customElements.get('rtk-hand-raise-queue')) {
  customElements.define('rtk-hand-raise-queue', RtkHandRaiseQueue);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-hand-raise-queue': RtkHandRaiseQueue;
  }
}
