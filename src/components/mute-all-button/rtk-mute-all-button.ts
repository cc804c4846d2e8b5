import '../controlbar-button/rtk-controlbar-button.js';
import { RtkMuteAllButton } from './mute-all-button.js';

export { RtkMuteAllButton };

if (!customElements.get('rtk-mute-all-button')) {
  customElements.define('rtk-mute-all-button', RtkMuteAllButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-mute-all-button': RtkMuteAllButton;
  }
}
