import { RtkMenuList } from './menu-list.js';

export { RtkMenuList };

if (!customElements.get('rtk-menu-list')) {
  customElements.define('rtk-menu-list', RtkMenuList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-menu-list': RtkMenuList;
  }
}
