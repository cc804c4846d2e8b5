import { RtkSwitch } from './switch.js';

export { RtkSwitch };

if (!customElements.get('rtk-switch')) {
  customElements.define('rtk-switch', RtkSwitch);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-switch': RtkSwitch;
  }
}
