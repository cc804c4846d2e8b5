import '../camera-toggle/rtk-camera-toggle.js';
import '../mic-toggle/rtk-mic-toggle.js';
import '../participant-setup/rtk-participant-setup.js';
import '../permissions-message/rtk-permissions-message.js';
import { RtkSetupScreen } from './setup-screen.js';

export { RtkSetupScreen };

if (!customElements.get('rtk-setup-screen')) {
  customElements.define('rtk-setup-screen', RtkSetupScreen);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-setup-screen': RtkSetupScreen;
  }
}
