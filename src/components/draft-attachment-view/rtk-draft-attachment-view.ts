import '../button/rtk-button.js';
import { RtkDraftAttachmentView } from './draft-attachment-view.js';

export { RtkDraftAttachmentView };
export type { DraftAttachment } from '../../events/delete-attachment.js';

if (!customElements.get('rtk-draft-attachment-view')) {
  customElements.define('rtk-draft-attachment-view', RtkDraftAttachmentView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-draft-attachment-view': RtkDraftAttachmentView;
  }
}
