import '../button/rtk-button.js';
import '../switch/rtk-switch.js';
import { RtkPollForm } from './poll-form.js';

export { RtkPollForm };

if (!customElements.get('rtk-poll-form')) {
  customElements.define('rtk-poll-form', RtkPollForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-poll-form': RtkPollForm;
  }
}
