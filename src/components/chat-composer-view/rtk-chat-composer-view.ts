import '../button/rtk-button.js';
import '../draft-attachment-view/rtk-draft-attachment-view.js';
import '../emoji-picker-button/rtk-emoji-picker-button.js';
import '../file-picker-button/rtk-file-picker-button.js';
import '../text-composer-view/rtk-text-composer-view.js';
import { RtkChatComposerView } from './chat-composer-view.js';

export { RtkChatComposerView };
export type { NewMessageDetail } from '../../events/new-message.js';

if (!customElements.get('rtk-chat-composer-view')) {
  customElements.define('rtk-chat-composer-view', RtkChatComposerView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-chat-composer-view': RtkChatComposerView;
  }
}
