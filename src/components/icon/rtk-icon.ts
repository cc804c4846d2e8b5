import { RtkIcon } from './icon.js';

export { RtkIcon };

if (!customElements.get('rtk-icon')) {
  customElements.define('rtk-icon', RtkIcon);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-icon': RtkIcon;
  }
}
