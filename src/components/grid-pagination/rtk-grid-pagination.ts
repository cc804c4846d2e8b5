import '../button/rtk-button.js';
import { RtkGridPagination } from './grid-pagination.js';

export { RtkGridPagination };

if (!customElements.get('rtk-grid-pagination')) {
  customElements.define('rtk-grid-pagination', RtkGridPagination);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-grid-pagination': RtkGridPagination;
  }
}
