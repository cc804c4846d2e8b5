import '../logo/rtk-logo.js';
import { RtkIdleScreen } from './idle-screen.js';

export { RtkIdleScreen };

if (!customElements.get('rtk-idle-screen')) {
  customElements.define('rtk-idle-screen', RtkIdleScreen);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-idle-screen': RtkIdleScreen;
  }
}
