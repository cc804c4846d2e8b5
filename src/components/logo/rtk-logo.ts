import { RtkLogo } from './logo.js';

export { RtkLogo };

if (!customElements.get('rtk-logo')) {
  customElements.define('rtk-logo', RtkLogo);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-logo': RtkLogo;
  }
}
