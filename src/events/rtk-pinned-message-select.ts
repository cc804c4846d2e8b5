import type { Message } from '../meeting/chat.js';

/** What `rtkPinnedMessageSelect` carries. */
export interface RtkPinnedMessageSelectDetail {
  /** The pinned message that was chosen. */
  message: Message;
}

/**
 * Fired by `rtk-pinned-message-selector` when a pinned message was chosen in its list (e.g. to
 * scroll the message list to it with `scrollToMessage`). Bubbles and crosses shadow roots. Name
 * as in the official kit.
 */
export class RtkPinnedMessageSelectEvent extends CustomEvent<RtkPinnedMessageSelectDetail> {
  static readonly eventName = 'rtkPinnedMessageSelect';

  constructor(message: Message) {
    super(RtkPinnedMessageSelectEvent.eventName, {
      detail: { message },
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkPinnedMessageSelect: RtkPinnedMessageSelectEvent;
  }
}
