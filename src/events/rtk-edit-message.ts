import type { TextMessage } from '../meeting/chat.js';

/** What `rtkEditMessage` carries. */
export interface RtkEditMessageDetail {
  /** The message as it was before the edit. */
  message: TextMessage;
  /** Its new text. */
  text: string;
}

/**
 * Fired by `rtk-chat-composer-ui` after an edit was saved (`chat.editTextMessage` resolved).
 * Bubbles and crosses shadow roots. Name as in the official kit.
 */
export class RtkEditMessageEvent extends CustomEvent<RtkEditMessageDetail> {
  static readonly eventName = 'rtkEditMessage';

  constructor(detail: RtkEditMessageDetail) {
    super(RtkEditMessageEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkEditMessage: RtkEditMessageEvent;
  }
}
