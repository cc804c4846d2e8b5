/** What `rtkChatSelectorChange` carries. */
export interface ChatSelectorChangeDetail {
  /** `everyone`, or the user id of the person of the private conversation. */
  conversation: string;
  /** The person of a private conversation (absent for everyone). */
  recipient?: { userId: string; id?: string; name: string };
}

/**
 * Fired by `rtk-chat-selector` when the user chose another conversation. Bubbles and crosses
 * shadow roots. Name as in the official kit.
 */
export class RtkChatSelectorChangeEvent extends CustomEvent<ChatSelectorChangeDetail> {
  static readonly eventName = 'rtkChatSelectorChange';

  constructor(detail: ChatSelectorChangeDetail) {
    super(RtkChatSelectorChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkChatSelectorChange: RtkChatSelectorChangeEvent;
  }
}
