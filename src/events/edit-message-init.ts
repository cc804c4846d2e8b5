import type { Message } from '../meeting/chat.js';

/** What `editMessageInit` carries (the official kit's shape; `message` is our shorter name for `payload`). */
export interface EditMessageInitDetail {
  /** The message to edit. */
  payload: Message;
  /** The same message. */
  message: Message;
  /** `{ isEdit: true, isReply: false }` for "Edit", `{ isEdit: false, isReply: true }` for "Reply". */
  flags: { isEdit: boolean; isReply: boolean };
}

/**
 * Fired by `rtk-chat-messages-ui-paginated` when the user picked "Edit" on an own text message
 * (asks the composer's owner, e.g. `rtk-chat`, to put the composer in edit mode) or "Reply" on a
 * message (`flags.isReply`: to quote it in the composer). Bubbles and crosses shadow roots. Name
 * and flags as in the official kit.
 */
export class EditMessageInitEvent extends CustomEvent<EditMessageInitDetail> {
  static readonly eventName = 'editMessageInit';

  constructor(message: Message, flags = { isEdit: true, isReply: false }) {
    super(EditMessageInitEvent.eventName, {
      detail: { payload: message, message, flags },
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    editMessageInit: EditMessageInitEvent;
  }
}
