/**
 * Fired by `rtk-chat-composer-view` when the user cancelled editing (Escape or the cancel button).
 * No detail. Bubbles and crosses shadow roots. Name as in the official kit.
 */
export class EditCancelEvent extends CustomEvent<void> {
  static readonly eventName = 'editCancel';

  constructor() {
    super(EditCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    editCancel: EditCancelEvent;
  }
}
