import '../avatar/rtk-avatar.js';
import '../name-tag/rtk-name-tag.js';
import '../network-indicator/rtk-network-indicator.js';
import { RtkParticipantTile } from './participant-tile.js';

export { RtkParticipantTile };

if (!customElements.get('rtk-participant-tile')) {
  customElements.define('rtk-participant-tile', RtkParticipantTile);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participant-tile': RtkParticipantTile;
  }
}
