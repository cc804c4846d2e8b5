import '../button/rtk-button.js';
import { RtkSidebarUi } from './sidebar-ui.js';

export { RtkSidebarUi };
export type { SidebarTab, SidebarView } from './sidebar-ui.js';

if (!customElements.get('rtk-sidebar-ui')) {
  customElements.define('rtk-sidebar-ui', RtkSidebarUi);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-sidebar-ui': RtkSidebarUi;
  }
}
