import { RtkPaginatedList } from './paginated-list.js';

export { RtkPaginatedList };
export type { PaginatedFetch } from './paginated-list.js';

if (!customElements.get('rtk-paginated-list')) {
  customElements.define('rtk-paginated-list', RtkPaginatedList);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-paginated-list': RtkPaginatedList;
  }
}
