import type { MessageEditRequestEvent } from './message-edit-request.js';

/** What `editMessage` carries. */
export interface EditMessageDetail {
  /** The edited text, trimmed. */
  text: string;
}

/**
 * Fired by `rtk-chat-composer-view` in edit mode when the user asks to save the edited text (Enter
 * or the save button); its owner (`rtk-chat-composer-ui`) saves it. Bubbles and crosses shadow
 * roots. Name as in the official kit.
 */
export class EditMessageEvent extends CustomEvent<EditMessageDetail> {
  static readonly eventName = 'editMessage';

  constructor(text: string) {
    super(EditMessageEvent.eventName, { detail: { text }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    editMessage: EditMessageEvent | MessageEditRequestEvent;
  }
}
