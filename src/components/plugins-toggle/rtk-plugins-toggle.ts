import '../controlbar-button/rtk-controlbar-button.js';
import { RtkPluginsToggle } from './plugins-toggle.js';

export { RtkPluginsToggle };

if (!customElements.get('rtk-plugins-toggle')) {
  customElements.define('rtk-plugins-toggle', RtkPluginsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-plugins-toggle': RtkPluginsToggle;
  }
}
