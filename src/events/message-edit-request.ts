import type { Message } from '../meeting/chat.js';

/**
 * Fired by `rtk-chat-messages-ui-paginated` when the user picked "Edit" on an own message, with
 * that message as `detail` (the official kit's `editMessage` of the list; `editMessageInit` is
 * fired with it). Bubbles and crosses shadow roots. `rtk-chat-composer-view` fires another
 * `editMessage` (the saved text): the event map entry is their union.
 */
export class MessageEditRequestEvent extends CustomEvent<Message> {
  static readonly eventName = 'editMessage';

  constructor(message: Message) {
    super(MessageEditRequestEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}
