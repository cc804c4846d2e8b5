import '../avatar/rtk-avatar.js';
import '../button/rtk-button.js';
import { RtkParticipantsStageList } from './participants-stage-list.js';

export { RtkParticipantsStageList };

if (!customElements.get('rtk-participants-stage-list')) {
  customElements.define('rtk-participants-stage-list', RtkParticipantsStageList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-stage-list': RtkParticipantsStageList;
  }
}
