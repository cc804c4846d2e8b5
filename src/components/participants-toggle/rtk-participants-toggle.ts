import '../controlbar-button/rtk-controlbar-button.js';
import { RtkParticipantsToggle } from './participants-toggle.js';

export { RtkParticipantsToggle };

if (!customElements.get('rtk-participants-toggle')) {
  customElements.define('rtk-participants-toggle', RtkParticipantsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-toggle': RtkParticipantsToggle;
  }
}
