import { RtkSidebar } from './sidebar.js';

export { RtkSidebar };

if (!customElements.get('rtk-sidebar')) {
  customElements.define('rtk-sidebar', RtkSidebar);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-sidebar': RtkSidebar;
  }
}
