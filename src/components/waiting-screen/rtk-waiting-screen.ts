import '../button/rtk-button.js';
import '../logo/rtk-logo.js';
import { RtkWaitingScreen } from './waiting-screen.js';

export { RtkWaitingScreen };

if (!customElements.get('rtk-waiting-screen')) {
  customElements.define('rtk-waiting-screen', RtkWaitingScreen);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-waiting-screen': RtkWaitingScreen;
  }
}
