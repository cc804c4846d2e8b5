/**
 * A tooltip (or another popup) opened or closed; `detail` is `true` when it opened. Bubbles and
 * crosses shadow roots. Name as in the official kit (`rtk-tooltip`).
 */
export class RtkOpenChangeEvent extends CustomEvent<boolean> {
  static readonly eventName = 'rtkOpenChange';

  constructor(open: boolean) {
    super(RtkOpenChangeEvent.eventName, { detail: open, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkOpenChange: RtkOpenChangeEvent;
  }
}
