/**
 * Fired by `rtk-image-viewer` after it closed (Escape or the close button); the owner removes it.
 * No detail. Bubbles and crosses shadow roots, as in the official kit, whose name it keeps.
 *
 * No `GlobalEventHandlersEventMap` entry: the DOM's own `close` (of `<dialog>`) already has one,
 * typed `Event`. Listeners that need the class test `event instanceof ImageViewerCloseEvent`.
 */
export class ImageViewerCloseEvent extends CustomEvent<void> {
  static readonly eventName = 'close';

  constructor() {
    super(ImageViewerCloseEvent.eventName, { bubbles: true, composed: true });
  }
}
