/** A file waiting in the composer to be sent: an image (previewed, sent as an image) or any other file. */
export interface DraftAttachment {
  /** `image` for GIF, JPEG and PNG files (shown inline once sent); `file` for the others. */
  type: 'image' | 'file';
  /** The file, as chosen, dropped or pasted. */
  file: File;
}

/**
 * Fired by `rtk-draft-attachment-view` when the user removed the attachment from the composer;
 * `detail` is the attachment. Bubbles and crosses shadow roots. Name and detail as in the
 * official kit.
 */
export class DeleteAttachmentEvent extends CustomEvent<DraftAttachment> {
  static readonly eventName = 'deleteAttachment';

  constructor(attachment: DraftAttachment) {
    super(DeleteAttachmentEvent.eventName, { detail: attachment, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    deleteAttachment: DeleteAttachmentEvent;
  }
}
