import '../button/rtk-button.js';
import { RtkPoll } from './poll.js';

export { RtkPoll };

if (!customElements.get('rtk-poll')) {
  customElements.define('rtk-poll', RtkPoll);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-poll': RtkPoll;
  }
}
