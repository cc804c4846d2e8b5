import type { Message } from '../meeting/chat.js';

/** What `pinMessage` from `rtk-chat-messages-ui-paginated` carries. */
export interface PinMessageDetail {
  /** The message. */
  message: Message;
  /** `true` to pin it, `false` to unpin it. */
  pinned: boolean;
}

/**
 * Fired by `rtk-chat-messages-ui-paginated` when the user chose "Pin" or "Unpin", before it calls
 * `chat.pin` / `chat.unpin`. Cancelable: call `preventDefault()` to pin it yourself. Bubbles and
 * crosses shadow roots. Name as in the official kit.
 */
export class PinMessageEvent extends CustomEvent<PinMessageDetail> {
  static readonly eventName = 'pinMessage';

  constructor(detail: PinMessageDetail) {
    super(PinMessageEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired by the deprecated `rtk-chat-messages-ui` when the user chose "Pin" or "Unpin"; `detail` is
 * the message (its `pinned` tells which: the list pins nothing itself, the page does). Bubbles and
 * crosses shadow roots; not cancelable. Same name as `PinMessageEvent`, as in the official kit.
 */
export class LegacyPinMessageEvent extends CustomEvent<Message> {
  static readonly eventName = 'pinMessage';

  constructor(message: Message) {
    super(LegacyPinMessageEvent.eventName, { detail: message, bubbles: true, composed: true });
  }
}

/** Either `pinMessage` event: tell them apart with `instanceof`. */
export type AnyPinMessageEvent = PinMessageEvent | LegacyPinMessageEvent;

declare global {
  interface GlobalEventHandlersEventMap {
    pinMessage: AnyPinMessageEvent;
  }
}
