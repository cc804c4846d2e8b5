/**
 * Fired by `rtk-emoji-picker` when an emoji was picked; `detail` is the emoji itself (a string
 * such as `'👍'`). Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class RtkEmojiClickedEvent extends CustomEvent<string> {
  static readonly eventName = 'rtkEmojiClicked';

  constructor(emoji: string) {
    super(RtkEmojiClickedEvent.eventName, { detail: emoji, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkEmojiClicked: RtkEmojiClickedEvent;
  }
}
