import { RtkMenu } from './menu.js';

export { RtkMenu };
export type { MenuPlacement } from './menu.js';

if (!customElements.get('rtk-menu')) {
  customElements.define('rtk-menu', RtkMenu);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-menu': RtkMenu;
  }
}
