import type { DraftAttachment } from './delete-attachment.js';

/** What `newMessage` and `rtkNewMessage` carry: a text and attachments, in order. */
export interface NewMessageDetail {
  /** The text, trimmed; empty when only attachments are sent. */
  text: string;
  /** The attachments, in the order they were added. */
  attachments: DraftAttachment[];
}

/**
 * Fired by `rtk-chat-composer-view` when the user asks to send (Enter or the send button): the
 * view sends nothing itself, its owner (`rtk-chat-composer-ui`) does, then clears what was sent.
 * Bubbles and crosses shadow roots. Name as in the official kit.
 */
export class NewMessageEvent extends CustomEvent<NewMessageDetail> {
  static readonly eventName = 'newMessage';

  constructor(detail: NewMessageDetail) {
    super(NewMessageEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    newMessage: NewMessageEvent;
  }
}
