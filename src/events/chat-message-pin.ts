import type { Message } from '../meeting/chat.js';

/**
 * Fired by `rtk-chat-message` when the user chose "Pin" or "Unpin" in the message's menu (offered
 * with `canPin`); `detail` is the message, whose `pinned` tells which. The page pins or unpins
 * it: the tag calls nothing itself. Bubbles and crosses shadow roots. Name and detail as in the
 * official kit.
 */
export class ChatMessagePinEvent extends CustomEvent<Message> {
  static readonly eventName = 'pin';

  constructor(message: Message) {
    super(ChatMessagePinEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    pin: ChatMessagePinEvent;
  }
}
