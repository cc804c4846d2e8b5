import '../camera-selector/rtk-camera-selector.js';
import '../switch/rtk-switch.js';
import { RtkSettingsVideo } from './settings-video.js';

export { RtkSettingsVideo };

if (!customElements.get('rtk-settings-video')) {
  customElements.define('rtk-settings-video', RtkSettingsVideo);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-settings-video': RtkSettingsVideo;
  }
}
