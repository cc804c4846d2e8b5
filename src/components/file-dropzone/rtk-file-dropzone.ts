import { RtkFileDropzone } from './file-dropzone.js';

export { RtkFileDropzone };
export type { DropDetail } from './file-dropzone.js';

if (!customElements.get('rtk-file-dropzone')) {
  customElements.define('rtk-file-dropzone', RtkFileDropzone);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-file-dropzone': RtkFileDropzone;
  }
}
