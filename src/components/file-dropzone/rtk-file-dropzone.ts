import { RtkFileDropzone } from './file-dropzone.js';

export { RtkFileDropzone };
export type { DropDetail } from '../../events/drop-callback.js';

if (!customElements.get('rtk-file-dropzone')) {
  customElements.define('rtk-file-dropzone', RtkFileDropzone);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-file-dropzone': RtkFileDropzone;
  }
}
