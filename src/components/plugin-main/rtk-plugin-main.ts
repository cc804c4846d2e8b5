import { RtkPluginMain } from './plugin-main.js';

export { RtkPluginMain };

if (!customElements.get('rtk-plugin-main')) {
  customElements.define('rtk-plugin-main', RtkPluginMain);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-plugin-main': RtkPluginMain;
  }
}
