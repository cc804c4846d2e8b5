import '../chat-selector-ui/rtk-chat-selector-ui.js';
import { RtkChatSelector } from './chat-selector.js';

export { RtkChatSelector };
export type { ChatSelectorChangeDetail } from '../../events/rtk-chat-selector-change.js';

if (!customElements.get('rtk-chat-selector')) {
  customElements.define('rtk-chat-selector', RtkChatSelector);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-selector': RtkChatSelector;
  }
}
