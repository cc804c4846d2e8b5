import '../controlbar-button/rtk-controlbar-button.js';
import { RtkSettingsToggle } from './settings-toggle.js';

export { RtkSettingsToggle };

if (!customElements.get('rtk-settings-toggle')) {
  customElements.define('rtk-settings-toggle', RtkSettingsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-settings-toggle': RtkSettingsToggle;
  }
}
