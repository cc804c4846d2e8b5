import '../markdown-view/rtk-markdown-view.js';
import { RtkTextMessageView } from './text-message-view.js';

export { RtkTextMessageView };

if (!customElements.get('rtk-text-message-view')) {
  customElements.define('rtk-text-message-view', RtkTextMessageView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-text-message-view': RtkTextMessageView;
  }
}
