/**
 * Fired by `rtk-chat-composer-ui` when the user cancelled editing (Escape or the cancel button);
 * its owner clears `editingMessage`. No detail. Bubbles and crosses shadow roots. Name as in the
 * official kit.
 */
export class RtkEditCancelledEvent extends CustomEvent<void> {
  static readonly eventName = 'rtkEditCancelled';

  constructor() {
    super(RtkEditCancelledEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkEditCancelled: RtkEditCancelledEvent;
  }
}
