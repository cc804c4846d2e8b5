import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import type { ImageMessage } from '../../meeting/chat.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { renderMessageContent } from '../chat-message/chat-message.js';

/**
 * A image message with the sender's name and time (the official kit's deprecated tag; new code
 * uses `rtk-message-view` with `rtk-image-message-view`). Everything from the message is shown
 * as text; addresses only from safe schemes.
 *
 * @csspart body - The `rtk-message-view`.
 */
export class RtkImageMessage extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [tokens, hostStyles];

  /** The message. */
  @property({ attribute: false }) message?: ImageMessage;

  /** Continues the previous message of the same sender (no name). */
  @property({ type: Boolean, attribute: 'is-continued' }) isContinued = false;

  /** Shows the message in a bubble. */
  @property({ type: Boolean, attribute: 'show-bubble' }) showBubble = false;

  /** The current time (kept for compatibility; times are shown as clock times). */
  @property({ attribute: false }) now?: Date;

  override render() {
    const m = this.message;
    if (!m) return nothing;
    const time = typeof m.timeMs === 'number' ? new Date(m.timeMs) : new Date(m.time);
    return html`<rtk-message-view
      part="body"
      hide-avatar
      .authorName=${String(m.displayName ?? '')}
      .time=${time}
      .isEdited=${Boolean(m.isEdited)}
      .pinned=${Boolean(m.pinned)}
      .hideAuthorName=${this.isContinued}
      .variant=${this.showBubble ? 'bubble' : 'plain'}
      .t=${this.t}
      .iconPack=${this.iconPack}
      >${renderMessageContent(m, this.t)}</rtk-message-view
    >`;
  }
}
