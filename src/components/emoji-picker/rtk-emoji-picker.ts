import { RtkEmojiPicker } from './emoji-picker.js';

export { RtkEmojiPicker };

if (!customElements.get('rtk-emoji-picker')) {
  customElements.define('rtk-emoji-picker', RtkEmojiPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-emoji-picker': RtkEmojiPicker;
  }
}
