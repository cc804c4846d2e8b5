import '../stage-requests/rtk-stage-requests.js';
import { RtkParticipantsStageQueue } from './participants-stage-queue.js';

export { RtkParticipantsStageQueue };

if (!customElements.get('rtk-participants-stage-queue')) {
  customElements.define('rtk-participants-stage-queue', RtkParticipantsStageQueue);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-stage-queue': RtkParticipantsStageQueue;
  }
}
