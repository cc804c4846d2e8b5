/**
 * Fired by `rtk-chat-composer-view` when the user dismissed the quoted message of a reply (its
 * close button, or Escape while replying). No detail. Bubbles and crosses shadow roots. Name as in
 * the official kit.
 */
export class QuotedMessageDismissEvent extends CustomEvent<void> {
  static readonly eventName = 'quotedMessageDismiss';

  constructor() {
    super(QuotedMessageDismissEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    quotedMessageDismiss: QuotedMessageDismissEvent;
  }
}
