import { RtkVirtualizedParticipantList } from './virtualized-participant-list.js';

export { RtkVirtualizedParticipantList };

if (!customElements.get('rtk-virtualized-participant-list')) {
  customElements.define('rtk-virtualized-participant-list', RtkVirtualizedParticipantList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-virtualized-participant-list': RtkVirtualizedParticipantList;
  }
}
