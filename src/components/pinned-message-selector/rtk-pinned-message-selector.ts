import { RtkPinnedMessageSelector } from './pinned-message-selector.js';

export { RtkPinnedMessageSelector };

if (!customElements.get('rtk-pinned-message-selector')) {
  customElements.define('rtk-pinned-message-selector', RtkPinnedMessageSelector);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-pinned-message-selector': RtkPinnedMessageSelector;
  }
}
