/**
 * Fired by `rtk-dialog` after it closed (close button, Escape, or `open` set to false). Name as in
 * the official kit; no detail.
 */
export class RtkDialogCloseEvent extends CustomEvent<void> {
  static readonly eventName = 'rtkDialogClose';

  constructor() {
    super(RtkDialogCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkDialogClose: RtkDialogCloseEvent;
  }
}
