import { RtkParticipantCount } from './participant-count.js';

export { RtkParticipantCount };

if (!customElements.get('rtk-participant-count')) {
  customElements.define('rtk-participant-count', RtkParticipantCount);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participant-count': RtkParticipantCount;
  }
}
