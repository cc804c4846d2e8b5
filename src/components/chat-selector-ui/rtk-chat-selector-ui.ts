import { RtkChatSelectorUi } from './chat-selector-ui.js';

export { RtkChatSelectorUi };
export type { ChatGroup } from '../../events/rtk-chat-group-changed.js';

if (!customElements.get('rtk-chat-selector-ui')) {
  customElements.define('rtk-chat-selector-ui', RtkChatSelectorUi);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-selector-ui': RtkChatSelectorUi;
  }
}
