import { RtkMenuItem } from './menu-item.js';

export { RtkMenuItem };

if (!customElements.get('rtk-menu-item')) {
  customElements.define('rtk-menu-item', RtkMenuItem);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-menu-item': RtkMenuItem;
  }
}
