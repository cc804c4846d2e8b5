import { RtkLanguagePicker } from './language-picker.js';

export { RtkLanguagePicker };

if (!customElements.get('rtk-language-picker')) {
  customElements.define('rtk-language-picker', RtkLanguagePicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-language-picker': RtkLanguagePicker;
  }
}
