import '../simple-grid/rtk-simple-grid.js';
import { RtkSpotlightGrid } from './spotlight-grid.js';

export { RtkSpotlightGrid };

if (!customElements.get('rtk-spotlight-grid')) {
  customElements.define('rtk-spotlight-grid', RtkSpotlightGrid);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-spotlight-grid': RtkSpotlightGrid;
  }
}
