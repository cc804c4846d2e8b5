import { RtkControlbarButton } from './controlbar-button.js';

export { RtkControlbarButton };

if (!customElements.get('rtk-controlbar-button')) {
  customElements.define('rtk-controlbar-button', RtkControlbarButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-controlbar-button': RtkControlbarButton;
  }
}
