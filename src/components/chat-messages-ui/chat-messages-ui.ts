import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import type { Message } from '../../meeting/chat.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { ChatMessagePinEvent } from '../../events/chat-message-pin.js';
import { LegacyPinMessageEvent } from '../../events/pin-message.js';
import { buildRows, type ChatRow } from '../../internal/chat-helpers.js';

/**
 * A list of the given `messages` (the official kit's deprecated, non-paginated message list; new
 * code uses `rtk-chat-messages-ui-paginated`, which reads the meeting itself). Virtualized, grouped
 * by sender and day; pinning is offered with `canPinMessages` and fires `pinMessage`.
 *
 * @csspart container - The `rtk-message-list-view`.
 * @csspart chat - Each `rtk-chat-message`.
 * @csspart spacer - A day separator.
 *
 * @fires pinMessage - `detail` is the message to pin or unpin.
 */
export class RtkChatMessagesUi extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-block-size: 0;
        flex: 1 0 0;
        background: var(--_bg);
      }
      rtk-message-list-view {
        flex: 1;
        min-block-size: 0;
      }
      /* The panel's padding: rows line up with the chat header, clear of the panel's edges. */
      rtk-message-list-view::part(item) {
        padding-inline: calc(var(--_space) * 2);
      }
      [part='spacer'] {
        text-align: center;
        padding: var(--_space);
        font-size: var(--_font-size-xs);
        color: var(--_text-muted);
        font-family: var(--_font);
      }
    `,
  ];

  /** The messages, oldest first. */
  @property({ attribute: false }) messages: Message[] = [];

  /** The local user's id, to tell own messages. */
  @property({ attribute: 'self-user-id' }) selfUserId?: string;

  /** Offers "Pin" / "Unpin" on each message. */
  @property({ type: Boolean, attribute: 'can-pin-messages' }) canPinMessages = false;

  /** The conversation shown (kept for compatibility; the messages are shown as given). */
  @property({ attribute: false }) selectedGroup?: unknown;

  private cache?: { messages: Message[]; rows: ChatRow[] };

  private rows(): ChatRow[] {
    const messages = Array.isArray(this.messages) ? this.messages : [];
    if (this.cache?.messages !== messages) this.cache = { messages, rows: buildRows(messages) };
    return this.cache.rows;
  }

  private handlePin = (e: ChatMessagePinEvent): void => {
    e.stopPropagation();
    this.dispatchEvent(new LegacyPinMessageEvent(e.detail));
  };

  private renderRow = (item: unknown) => {
    const row = item as ChatRow;
    if (row.kind === 'day') {
      return html`<div part="spacer">${this.localize('chat_messages.day', { date: this.localize.formatDate(row.date, { dateStyle: 'medium' }) })}</div>`;
    }
    return html`<rtk-chat-message
      part="chat"
      .message=${row.message}
      .isContinued=${row.continued}
      .isSelf=${!!this.selfUserId && row.message.userId === this.selfUserId}
      .canPin=${this.canPinMessages}
      @pin=${this.handlePin}
    ></rtk-chat-message>`;
  };

  override render() {
    return html`<rtk-message-list-view part="container" .messages=${this.rows()} .renderer=${this.renderRow}></rtk-message-list-view>`;
  }
}
