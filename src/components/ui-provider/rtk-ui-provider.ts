import { RtkUiProvider } from './ui-provider.js';

export { RtkUiProvider };

if (!customElements.get('rtk-ui-provider')) {
  customElements.define('rtk-ui-provider', RtkUiProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-ui-provider': RtkUiProvider;
  }
}
