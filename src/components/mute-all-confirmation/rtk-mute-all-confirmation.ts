import '../button/rtk-button.js';
import '../dialog/rtk-dialog.js';
import '../switch/rtk-switch.js';
import { RtkMuteAllConfirmation } from './mute-all-confirmation.js';

export { RtkMuteAllConfirmation };

if (!customElements.get('rtk-mute-all-confirmation')) {
  customElements.define('rtk-mute-all-confirmation', RtkMuteAllConfirmation);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-mute-all-confirmation': RtkMuteAllConfirmation;
  }
}
