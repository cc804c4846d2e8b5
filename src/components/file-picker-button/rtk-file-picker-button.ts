import '../button/rtk-button.js';
import { RtkFilePickerButton } from './file-picker-button.js';

export { RtkFilePickerButton };

if (!customElements.get('rtk-file-picker-button')) {
  customElements.define('rtk-file-picker-button', RtkFilePickerButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-file-picker-button': RtkFilePickerButton;
  }
}
