import '../settings-audio/rtk-settings-audio.js';
import '../settings-video/rtk-settings-video.js';
import '../language-picker/rtk-language-picker.js';
import { RtkSettings } from './settings.js';

export { RtkSettings };
export type { SettingsSection } from './settings.js';

if (!customElements.get('rtk-settings')) {
  customElements.define('rtk-settings', RtkSettings);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-settings': RtkSettings;
  }
}
