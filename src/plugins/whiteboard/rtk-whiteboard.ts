import { RtkWhiteboard } from './whiteboard.js';

export { RtkWhiteboard };

if (!customElements.get('rtk-whiteboard')) {
  customElements.define('rtk-whiteboard', RtkWhiteboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-whiteboard': RtkWhiteboard;
  }
}
