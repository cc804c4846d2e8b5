import '../controlbar-button/rtk-controlbar-button.js';
import { RtkPollsToggle } from './polls-toggle.js';

export { RtkPollsToggle };

if (!customElements.get('rtk-polls-toggle')) {
  customElements.define('rtk-polls-toggle', RtkPollsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-polls-toggle': RtkPollsToggle;
  }
}
