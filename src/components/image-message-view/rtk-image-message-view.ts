import { RtkImageMessageView } from './image-message-view.js';

export { RtkImageMessageView };

if (!customElements.get('rtk-image-message-view')) {
  customElements.define('rtk-image-message-view', RtkImageMessageView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-image-message-view': RtkImageMessageView;
  }
}
