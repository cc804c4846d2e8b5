import '../button/rtk-button.js';
import '../poll/rtk-poll.js';
import '../poll-form/rtk-poll-form.js';
import { RtkPolls } from './polls.js';

export { RtkPolls };

if (!customElements.get('rtk-polls')) {
  customElements.define('rtk-polls', RtkPolls);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-polls': RtkPolls;
  }
}
