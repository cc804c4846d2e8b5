import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import type { Message } from '../../meeting/chat.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';

/** True when `m` (its text, file name or sender) contains `query`, case-insensitively. */
export function matchesQuery(m: Message, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return false;
  const text = [
    (m as { message?: unknown }).message,
    m.type === 'file' ? m.name : undefined,
    m.displayName,
  ]
    .filter((v): v is string => typeof v === 'string')
    .join('\n')
    .toLocaleLowerCase();
  return text.includes(q);
}

/**
 * Messages of the chat that contain `query` (text, file name or sender), newest first, in the
 * conversation `channelId` (unset or `everyone`: the public chat; otherwise the user id of the
 * other person of a private conversation). Read-only: no actions.
 *
 * @csspart status - How many messages were found.
 * @csspart list - The results.
 */
export class RtkChatSearchResults extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    css`
      :host {
        background: var(--_bg);
        font-family: var(--_font);
        color: var(--_text);
      }
      [part='status'] {
        padding: var(--_space);
        font-size: var(--_font-size-sm);
        color: var(--_text-muted);
      }
      [part='list'] {
        list-style: none;
        margin: 0;
        padding: 0;
      }
    `,
  ];

  protected readonly events = new MeetingController(this, (m) => [[m.chat, 'chatUpdate']]);

  /** The text to look for. */
  @property() query = '';

  /** The conversation: unset or `everyone` for the public chat, else the other person's user id. */
  @property({ attribute: 'channel-id' }) channelId?: string;

  private results(): Message[] {
    const meeting = this.activeMeeting;
    const all = meeting?.chat?.messages;
    if (!Array.isArray(all) || typeof this.query !== 'string' || !this.query.trim()) return [];
    const self = meeting?.self?.userId;
    const channel = this.channelId && this.channelId !== 'everyone' ? this.channelId : undefined;
    return all
      .filter((m) => {
        if (!m) return false;
        const targets = m.targetUserIds;
        if (!channel) return !targets?.length;
        return (
          !!targets?.length &&
          (m.userId === channel || (m.userId === self && targets.includes(channel)))
        );
      })
      .filter((m) => matchesQuery(m, this.query))
      .reverse();
  }

  override render() {
    if (!this.activeMeeting?.chat || !this.query?.trim()) return nothing;
    const results = this.results();
    const self = this.activeMeeting?.self?.userId;
    return html`<div part="status" role="status">${this.localize('chat_messages.search_results', { count: results.length })}</div>
      <ul part="list" aria-label=${this.localize('chat_messages.search_label')}>
        ${results.map(
          (m) =>
            html`<li><rtk-chat-message .message=${m} .isSelf=${m.userId === self} disable-controls></rtk-chat-message></li>`,
        )}
      </ul>`;
  }
}
