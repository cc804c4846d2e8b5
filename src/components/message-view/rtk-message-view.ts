import { RtkMessageView } from './message-view.js';

export { RtkMessageView };

if (!customElements.get('rtk-message-view')) {
  customElements.define('rtk-message-view', RtkMessageView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-message-view': RtkMessageView;
  }
}
