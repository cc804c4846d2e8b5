import '../chat-composer-view/rtk-chat-composer-view.js';
import { RtkChatComposerUi } from './chat-composer-ui.js';

export { RtkChatComposerUi };

if (!customElements.get('rtk-chat-composer-ui')) {
  customElements.define('rtk-chat-composer-ui', RtkChatComposerUi);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-composer-ui': RtkChatComposerUi;
  }
}
