import '../dialog/rtk-dialog.js';
import '../button/rtk-button.js';
import { RtkImageViewer } from './image-viewer.js';

export { RtkImageViewer };

if (!customElements.get('rtk-image-viewer')) {
  customElements.define('rtk-image-viewer', RtkImageViewer);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-image-viewer': RtkImageViewer;
  }
}
