import { RtkSpinner } from './spinner.js';

export { RtkSpinner };

if (!customElements.get('rtk-spinner')) {
  customElements.define('rtk-spinner', RtkSpinner);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-spinner': RtkSpinner;
  }
}
