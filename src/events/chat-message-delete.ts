import type { Message } from '../meeting/chat.js';
import type { BreakoutRoomDeleteEvent } from './breakout-room-delete.js';

/**
 * Fired by `rtk-chat-message` when the user chose "Delete" in the message's menu (offered with
 * `canDelete`); `detail` is the message. The page deletes it: the tag calls nothing itself.
 * Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class ChatMessageDeleteEvent extends CustomEvent<Message> {
  static readonly eventName = 'delete';

  constructor(message: Message) {
    super(ChatMessageDeleteEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}

/** The official kit's `delete`: a chat message's, or a breakout room's. */
export type AnyDeleteEvent = ChatMessageDeleteEvent | BreakoutRoomDeleteEvent;

declare global {
  interface GlobalEventHandlersEventMap {
    delete: AnyDeleteEvent;
  }
}
