/** What `dropCallback` carries. */
export interface DropDetail {
  /** The files dropped or pasted, in order. */
  files: File[];
  /** How they came. */
  source: 'drop' | 'paste';
}

/**
 * Fired by `rtk-file-dropzone` when files were dropped on its host element or pasted into it
 * (never for dragged or pasted text). Bubbles and crosses shadow roots. Name as in the official kit.
 */
export class DropCallbackEvent extends CustomEvent<DropDetail> {
  static readonly eventName = 'dropCallback';

  constructor(detail: DropDetail) {
    super(DropCallbackEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    dropCallback: DropCallbackEvent;
  }
}
