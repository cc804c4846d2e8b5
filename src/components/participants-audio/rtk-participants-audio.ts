import { RtkParticipantsAudio } from './participants-audio.js';

export { RtkParticipantsAudio };

if (!customElements.get('rtk-participants-audio')) {
  customElements.define('rtk-participants-audio', RtkParticipantsAudio);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participants-audio': RtkParticipantsAudio;
  }
}
