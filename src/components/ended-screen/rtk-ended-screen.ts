import '../button/rtk-button.js';
import '../logo/rtk-logo.js';
import { RtkEndedScreen } from './ended-screen.js';

export { RtkEndedScreen };

if (!customElements.get('rtk-ended-screen')) {
  customElements.define('rtk-ended-screen', RtkEndedScreen);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-ended-screen': RtkEndedScreen;
  }
}
