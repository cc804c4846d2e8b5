import '../audio-tile/rtk-audio-tile.js';
import { RtkAudioGrid } from './audio-grid.js';

export { RtkAudioGrid };

if (!customElements.get('rtk-audio-grid')) {
  customElements.define('rtk-audio-grid', RtkAudioGrid);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-audio-grid': RtkAudioGrid;
  }
}
