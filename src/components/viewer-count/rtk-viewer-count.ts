import { RtkViewerCount } from './viewer-count.js';

export { RtkViewerCount };

if (!customElements.get('rtk-viewer-count')) {
  customElements.define('rtk-viewer-count', RtkViewerCount);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-viewer-count': RtkViewerCount;
  }
}
