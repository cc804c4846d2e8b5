import type { Message } from '../meeting/chat.js';

/** What `deleteMessage` carries. */
export interface DeleteMessageDetail {
  /** The message about to be deleted. */
  message: Message;
}

/**
 * Fired by `rtk-chat-messages-ui-paginated` after the user confirmed deleting a message, before it
 * calls `chat.deleteMessage`. Cancelable: call `preventDefault()` to delete it yourself. Bubbles
 * and crosses shadow roots. Name as in the official kit.
 */
export class DeleteMessageEvent extends CustomEvent<DeleteMessageDetail> {
  static readonly eventName = 'deleteMessage';

  constructor(message: Message) {
    super(DeleteMessageEvent.eventName, {
      detail: { message },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    deleteMessage: DeleteMessageEvent;
  }
}
