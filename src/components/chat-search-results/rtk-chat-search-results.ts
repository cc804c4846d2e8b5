import '../chat-message/rtk-chat-message.js';
import { RtkChatSearchResults } from './chat-search-results.js';

export { RtkChatSearchResults };

if (!customElements.get('rtk-chat-search-results')) {
  customElements.define('rtk-chat-search-results', RtkChatSearchResults);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-search-results': RtkChatSearchResults;
  }
}
