/** What failed, as in the official kit's `rtkApiError`. */
export interface RtkApiErrorDetail {
  /** Where it happened, e.g. `livestream.playback`. */
  trace: string;
  /** A readable message (not translated: for logs and the page's own handling). */
  message: string;
}

/**
 * Something the component tried on its own failed (e.g. loading the livestream). Bubbles and
 * crosses shadow roots. Name as in the official kit.
 */
export class RtkApiErrorEvent extends CustomEvent<RtkApiErrorDetail> {
  static readonly eventName = 'rtkApiError';

  constructor(detail: RtkApiErrorDetail) {
    super(RtkApiErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkApiError: RtkApiErrorEvent;
  }
}
