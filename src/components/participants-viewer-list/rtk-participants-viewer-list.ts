import '../participant/rtk-participant.js';
import '../virtualized-participant-list/rtk-virtualized-participant-list.js';
import { RtkParticipantsViewerList } from './participants-viewer-list.js';

export { RtkParticipantsViewerList };

if (!customElements.get('rtk-participants-viewer-list')) {
  customElements.define('rtk-participants-viewer-list', RtkParticipantsViewerList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-viewer-list': RtkParticipantsViewerList;
  }
}
