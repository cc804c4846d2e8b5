import type { NewMessageDetail } from './new-message.js';

/**
 * Fired by `rtk-chat-composer-ui` after a send succeeded; `detail` holds what was actually sent
 * (a failed attachment and the text after it stay in the composer and are left out). Bubbles and
 * crosses shadow roots. Name as in the official kit.
 */
export class RtkNewMessageEvent extends CustomEvent<NewMessageDetail> {
  static readonly eventName = 'rtkNewMessage';

  constructor(sent: NewMessageDetail) {
    super(RtkNewMessageEvent.eventName, { detail: sent, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkNewMessage: RtkNewMessageEvent;
  }
}
