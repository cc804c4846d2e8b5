import '../simple-grid/rtk-simple-grid.js';
import { RtkGrid } from './grid.js';

export { RtkGrid };

if (!customElements.get('rtk-grid')) {
  customElements.define('rtk-grid', RtkGrid);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-grid': RtkGrid;
  }
}
