import { RtkPlugins } from './plugins.js';

export { RtkPlugins };

if (!customElements.get('rtk-plugins')) {
  customElements.define('rtk-plugins', RtkPlugins);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-plugins': RtkPlugins;
  }
}
