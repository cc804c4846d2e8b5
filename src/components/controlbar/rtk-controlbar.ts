import '../camera-toggle/rtk-camera-toggle.js';
import '../chat-toggle/rtk-chat-toggle.js';
import '../leave-button/rtk-leave-button.js';
import '../mic-toggle/rtk-mic-toggle.js';
import '../more-toggle/rtk-more-toggle.js';
import '../participants-toggle/rtk-participants-toggle.js';
import '../polls-toggle/rtk-polls-toggle.js';
import '../screen-share-toggle/rtk-screen-share-toggle.js';
import { RtkControlbar } from './controlbar.js';

export { RtkControlbar };

if (!customElements.get('rtk-controlbar')) {
  customElements.define('rtk-controlbar', RtkControlbar);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-controlbar': RtkControlbar;
  }
}
