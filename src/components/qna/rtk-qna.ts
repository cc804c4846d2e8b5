import { RtkQna } from './qna.js';

export { RtkQna };

if (!customElements.get('rtk-qna')) {
  customElements.define('rtk-qna', RtkQna);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-qna': RtkQna;
  }
}
