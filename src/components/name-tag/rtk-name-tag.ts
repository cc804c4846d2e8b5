import { RtkNameTag } from './name-tag.js';

export { RtkNameTag };

if (!customElements.get('rtk-name-tag')) {
  customElements.define('rtk-name-tag', RtkNameTag);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-name-tag': RtkNameTag;
  }
}
