import '../screenshare-view/rtk-screenshare-view.js';
import '../simple-grid/rtk-simple-grid.js';
import '../tab-bar/rtk-tab-bar.js';
import { RtkMixedGrid } from './mixed-grid.js';

export { RtkMixedGrid };

if (!customElements.get('rtk-mixed-grid')) {
  customElements.define('rtk-mixed-grid', RtkMixedGrid);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-mixed-grid': RtkMixedGrid;
  }
}
