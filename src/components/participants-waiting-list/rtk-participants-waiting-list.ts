import '../avatar/rtk-avatar.js';
import '../button/rtk-button.js';
import { RtkParticipantsWaitingList } from './participants-waiting-list.js';

export { RtkParticipantsWaitingList };

if (!customElements.get('rtk-participants-waiting-list')) {
  customElements.define('rtk-participants-waiting-list', RtkParticipantsWaitingList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-waiting-list': RtkParticipantsWaitingList;
  }
}
