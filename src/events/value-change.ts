/**
 * `rtk-counter`'s value changed by the user; `detail` is the new number. Bubbles and crosses shadow
 * roots. Name and detail as in the official kit.
 */
export class ValueChangeEvent extends CustomEvent<number> {
  static readonly eventName = 'valueChange';

  constructor(detail: number) {
    super(ValueChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    valueChange: ValueChangeEvent;
  }
}
