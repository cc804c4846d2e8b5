import '../button/rtk-button.js';
import '../participant/rtk-participant.js';
import '../participants-viewer-list/rtk-participants-viewer-list.js';
import '../participants-waiting-list/rtk-participants-waiting-list.js';
import '../stage-requests/rtk-stage-requests.js';
import '../virtualized-participant-list/rtk-virtualized-participant-list.js';
import { RtkParticipants } from './participants.js';

export { RtkParticipants };

if (!customElements.get('rtk-participants')) {
  customElements.define('rtk-participants', RtkParticipants);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants': RtkParticipants;
  }
}
