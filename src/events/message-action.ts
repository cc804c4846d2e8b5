/** One entry of the action menu of `rtk-message-view` (its `actions` property). */
export interface MessageAction {
  /** Sent as the `action` event's `detail`. */
  id: string;
  /** Visible label (already translated). */
  label: string;
  /** Icon name of the icon pack. */
  icon?: string;
}

/**
 * Fired by `rtk-message-view` when the user chose an entry of its action menu; `detail` is the
 * entry's `id`. The owner of the view acts on it (`rtk-chat-message` turns it into `edit`,
 * `delete`, `pin` or `reply`). Bubbles and crosses shadow roots, like every kit event; owners stop
 * it once handled. Name and detail as in the official kit.
 */
export class MessageActionEvent extends CustomEvent<string> {
  static readonly eventName = 'action';

  constructor(id: string) {
    super(MessageActionEvent.eventName, { detail: id, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    action: MessageActionEvent;
  }
}
