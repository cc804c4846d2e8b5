import '../participant-tile/rtk-participant-tile.js';
import '../audio-visualizer/rtk-audio-visualizer.js';
import { RtkParticipantSetup } from './participant-setup.js';

export { RtkParticipantSetup };

if (!customElements.get('rtk-participant-setup')) {
  customElements.define('rtk-participant-setup', RtkParticipantSetup);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participant-setup': RtkParticipantSetup;
  }
}
