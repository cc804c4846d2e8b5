import '../audio-visualizer/rtk-audio-visualizer.js';
import '../button/rtk-button.js';
import '../microphone-selector/rtk-microphone-selector.js';
import '../speaker-selector/rtk-speaker-selector.js';
import '../switch/rtk-switch.js';
import { RtkSettingsAudio } from './settings-audio.js';

export { RtkSettingsAudio };

if (!customElements.get('rtk-settings-audio')) {
  customElements.define('rtk-settings-audio', RtkSettingsAudio);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-settings-audio': RtkSettingsAudio;
  }
}
