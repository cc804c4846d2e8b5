/**
 * A control's value changed by the user (`rtk-switch`: `detail` is the new `checked`). Bubbles and
 * crosses shadow roots. Name and detail as in the official kit.
 */
export class RtkChangeEvent<T = unknown> extends CustomEvent<T> {
  static readonly eventName = 'rtkChange';

  constructor(detail: T) {
    super(RtkChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkChange: RtkChangeEvent;
  }
}
