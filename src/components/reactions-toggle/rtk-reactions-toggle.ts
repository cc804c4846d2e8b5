import '../controlbar-button/rtk-controlbar-button.js';
import { RtkReactionsToggle } from './reactions-toggle.js';

export { RtkReactionsToggle };

if (!customElements.get('rtk-reactions-toggle')) {
  customElements.define('rtk-reactions-toggle', RtkReactionsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-reactions-toggle': RtkReactionsToggle;
  }
}
