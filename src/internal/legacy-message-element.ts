import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from './rtk-element.js';
import { chatMessagesStrings } from '../i18n/en/chat-messages.js';
import type { Message } from '../meeting/chat.js';
import { hostStyles, tokens } from '../styles/shared.styles.js';
import { renderMessageContent, timeOf } from './message-content.js';

/**
 * What `rtk-text-message`, `rtk-image-message` and `rtk-file-message` (the official kit's
 * deprecated per-type tags) share: one message in an `rtk-message-view` with the sender's name
 * and time, everything from the message shown as text. New code uses `rtk-message-view` with a
 * content view.
 *
 * @csspart body - The `rtk-message-view`.
 */
export abstract class LegacyMessageElement<M extends Message> extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [tokens, hostStyles];

  /** The message. */
  @property({ attribute: false }) message?: M;

  /** Continues the previous message of the same sender (no name). */
  @property({ type: Boolean, attribute: 'is-continued' }) isContinued = false;

  /** Shows the message in a bubble. */
  @property({ type: Boolean, attribute: 'show-bubble' }) showBubble = false;

  /** The current time (kept for compatibility; times are shown as clock times). */
  @property({ attribute: false }) now?: Date;

  override render() {
    const m = this.message;
    if (!m) return nothing;
    return html`<rtk-message-view
      part="body"
      hide-avatar
      .authorName=${String(m.displayName ?? '')}
      .time=${timeOf(m)}
      .isEdited=${Boolean(m.isEdited)}
      .pinned=${Boolean(m.pinned)}
      .hideAuthorName=${this.isContinued}
      .variant=${this.showBubble ? 'bubble' : 'plain'}
      >${renderMessageContent(m)}</rtk-message-view
    >`;
  }
}
