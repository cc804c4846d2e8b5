/**
 * Fired by `rtk-text-composer-view` when the user changed the text (typing, pasting, an emoji
 * inserted); `detail` is the whole new text. Text composed through an input method is reported
 * once it is committed. Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class TextChangeEvent extends CustomEvent<string> {
  static readonly eventName = 'textChange';

  constructor(text: string) {
    super(TextChangeEvent.eventName, { detail: text, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    textChange: TextChangeEvent;
  }
}
