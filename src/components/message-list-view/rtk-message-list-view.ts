import '@lit-labs/virtualizer';
import '../button/rtk-button.js';
import { RtkMessageListView } from './message-list-view.js';

export { RtkMessageListView };

if (!customElements.get('rtk-message-list-view')) {
  customElements.define('rtk-message-list-view', RtkMessageListView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-message-list-view': RtkMessageListView;
  }
}
