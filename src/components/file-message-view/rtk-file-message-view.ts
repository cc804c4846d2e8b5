import '../icon/rtk-icon.js';
import { RtkFileMessageView } from './file-message-view.js';

export { RtkFileMessageView };

if (!customElements.get('rtk-file-message-view')) {
  customElements.define('rtk-file-message-view', RtkFileMessageView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-file-message-view': RtkFileMessageView;
  }
}
