/** What `preview` carries. */
export interface ImagePreviewDetail {
  /** The image's address (already checked to be safe). */
  url: string;
}

/**
 * Fired by `rtk-image-message-view` when the user opens an image, before its own viewer
 * (`rtk-image-viewer`) opens. Cancelable: call `preventDefault()` to show your own viewer.
 * Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class ImagePreviewEvent extends CustomEvent<ImagePreviewDetail> {
  static readonly eventName = 'preview';

  constructor(url: string) {
    super(ImagePreviewEvent.eventName, {
      detail: { url },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    preview: ImagePreviewEvent;
  }
}
