import { RtkClock } from './clock.js';

export { RtkClock };

if (!customElements.get('rtk-clock')) {
  customElements.define('rtk-clock', RtkClock);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-clock': RtkClock;
  }
}
