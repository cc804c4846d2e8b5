import '../participant-tile/rtk-participant-tile.js';
import { RtkSimpleGrid } from './simple-grid.js';

export { RtkSimpleGrid };

if (!customElements.get('rtk-simple-grid')) {
  customElements.define('rtk-simple-grid', RtkSimpleGrid);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-simple-grid': RtkSimpleGrid;
  }
}
