import { RtkButton } from './button.js';

export { RtkButton };

if (!customElements.get('rtk-button')) {
  customElements.define('rtk-button', RtkButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-button': RtkButton;
  }
}
