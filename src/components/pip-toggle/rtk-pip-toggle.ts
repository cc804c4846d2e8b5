import '../controlbar-button/rtk-controlbar-button.js';
import { RtkPipToggle } from './pip-toggle.js';

export { RtkPipToggle };

if (!customElements.get('rtk-pip-toggle')) {
  customElements.define('rtk-pip-toggle', RtkPipToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-pip-toggle': RtkPipToggle;
  }
}
