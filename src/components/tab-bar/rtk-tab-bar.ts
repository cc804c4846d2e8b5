import { RtkTabBar } from './tab-bar.js';

export { RtkTabBar };

if (!customElements.get('rtk-tab-bar')) {
  customElements.define('rtk-tab-bar', RtkTabBar);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-tab-bar': RtkTabBar;
  }
}
