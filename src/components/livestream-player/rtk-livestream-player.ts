import '../button/rtk-button.js';
import '../spinner/rtk-spinner.js';
import { RtkLivestreamPlayer } from './livestream-player.js';

export { RtkLivestreamPlayer };

if (!customElements.get('rtk-livestream-player')) {
  customElements.define('rtk-livestream-player', RtkLivestreamPlayer);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-livestream-player': RtkLivestreamPlayer;
  }
}
