import type { Message } from '../meeting/chat.js';

/**
 * Fired by `rtk-chat-message` when the user chose "Reply" in the message's menu (offered with
 * `canReply`); `detail` is the message. The page shows the quote: the tag calls nothing itself.
 * Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class ChatMessageReplyEvent extends CustomEvent<Message> {
  static readonly eventName = 'reply';

  constructor(message: Message) {
    super(ChatMessageReplyEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    reply: ChatMessageReplyEvent;
  }
}
