import type { Message } from '../meeting/chat.js';

/**
 * Fired by `rtk-chat-message` when the user chose "Edit" in the message's menu (offered for
 * text messages with `canEdit`); `detail` is the message. The page starts the edit: the tag calls
 * nothing itself. Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class ChatMessageEditEvent extends CustomEvent<Message> {
  static readonly eventName = 'edit';

  constructor(message: Message) {
    super(ChatMessageEditEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    edit: ChatMessageEditEvent;
  }
}
