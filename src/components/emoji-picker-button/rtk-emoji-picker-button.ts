import { RtkEmojiPickerButton } from './emoji-picker-button.js';

export { RtkEmojiPickerButton };

if (!customElements.get('rtk-emoji-picker-button')) {
  customElements.define('rtk-emoji-picker-button', RtkEmojiPickerButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-emoji-picker-button': RtkEmojiPickerButton;
  }
}
