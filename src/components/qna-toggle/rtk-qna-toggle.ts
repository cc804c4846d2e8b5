import '../controlbar-button/rtk-controlbar-button.js';
import { RtkQnaToggle } from './qna-toggle.js';

export { RtkQnaToggle };

if (!customElements.get('rtk-qna-toggle')) {
  customElements.define('rtk-qna-toggle', RtkQnaToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-qna-toggle': RtkQnaToggle;
  }
}
