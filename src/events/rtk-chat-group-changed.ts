/** A conversation offered by `rtk-chat-selector-ui`, and the detail of `rtkChatGroupChanged`. */
export interface ChatGroup {
  /** `everyone`, or the user id of the person of a private conversation. */
  id: string;
  /** What the list shows (a person's name is shown as text only). */
  name: string;
}

/**
 * Fired by `rtk-chat-selector-ui` when a conversation was chosen; `detail` is its `ChatGroup`.
 * `rtk-chat-selector` turns it into `rtkChatSelectorChange`. Bubbles and crosses shadow roots.
 * Name as in the official kit.
 */
export class RtkChatGroupChangedEvent extends CustomEvent<ChatGroup> {
  static readonly eventName = 'rtkChatGroupChanged';

  constructor(group: ChatGroup) {
    super(RtkChatGroupChangedEvent.eventName, { detail: group, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkChatGroupChanged: RtkChatGroupChangedEvent;
  }
}
