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
