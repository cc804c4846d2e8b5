import '../avatar/rtk-avatar.js';
import { RtkAudioTile } from './audio-tile.js';

export { RtkAudioTile };

if (!customElements.get('rtk-audio-tile')) {
  customElements.define('rtk-audio-tile', RtkAudioTile);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-audio-tile': RtkAudioTile;
  }
}
