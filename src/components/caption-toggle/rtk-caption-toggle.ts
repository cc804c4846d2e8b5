import '../controlbar-button/rtk-controlbar-button.js';
import { RtkCaptionToggle } from './caption-toggle.js';

export { RtkCaptionToggle };

if (!customElements.get('rtk-caption-toggle')) {
  customElements.define('rtk-caption-toggle', RtkCaptionToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-caption-toggle': RtkCaptionToggle;
  }
}
