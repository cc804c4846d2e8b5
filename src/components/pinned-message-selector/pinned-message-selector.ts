import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { RtkDropdownToggleEvent } from '../../events/rtk-dropdown-toggle.js';
import { RtkPinnedMessageSelectEvent } from '../../events/rtk-pinned-message-select.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Message } from '../../meeting/chat.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';

/** A one-line summary of a message, as text. */
export function messagePreview(m: Message): string {
  if (m.type === 'text' || m.type === 'custom') {
    const text = String((m as { message?: unknown }).message ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length > 140 ? `${text.slice(0, 140)}…` : text;
  }
  if (m.type === 'file') return String(m.name ?? '');
  return '';
}

/**
 * The chat's pinned messages: a bar with the latest one and how many there are, which expands
 * into the list of them. Choosing one fires `rtkPinnedMessageSelect` (e.g. to scroll the message
 * list to it). Hidden when nothing is pinned or the meeting has no chat. Texts are shown as text.
 *
 * @slot - Shown after the pinned messages (the official kit's slot), e.g. the page's own note.
 *
 * @csspart bar - The toggle button with the latest pinned message.
 * @csspart list - The list of pinned messages.
 * @csspart item - One pinned message in the list.
 *
 * @fires rtkDropdownToggle - `{ open }` when the list opens or closes.
 * @fires rtkPinnedMessageSelect - `{ message }` when a pinned message is chosen.
 */
export class RtkPinnedMessageSelector extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    css`
      :host {
        font-family: var(--_font);
        color: var(--_text);
        background: var(--_bg-raised);
        border-block-end: 1px solid var(--_border);
      }
      button {
        font: inherit;
        color: inherit;
        background: none;
        border: 0;
        cursor: pointer;
        text-align: start;
        inline-size: 100%;
        display: flex;
        align-items: center;
        gap: var(--_space);
        padding-block: calc(var(--_space) * 0.75);
        padding-inline: var(--_space);
      }
      button:hover {
        background: var(--_bg-control-hover);
      }
      .icon {
        flex: none;
        color: var(--_brand);
        display: inline-flex;
      }
      .text {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
        flex: 1;
      }
      .count {
        font-size: var(--_font-size-xs);
        color: var(--_text-muted);
      }
      .preview {
        font-size: var(--_font-size-sm);
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        unicode-bidi: isolate;
      }
      .author {
        font-weight: 600;
        unicode-bidi: isolate;
      }
      [part='list'] {
        list-style: none;
        margin: 0;
        padding: 0;
        max-block-size: 16rem;
        overflow-y: auto;
        border-block-start: 1px solid var(--_border);
      }
    `,
  ];

  protected readonly events = new MeetingController(this, (m) => [
    [m.chat, 'chatUpdate', 'pinMessage', 'unpinMessage'],
  ]);

  @state() private open = false;

  /** Closes the list. */
  close(): void {
    this.setOpen(false);
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.dispatchEvent(new RtkDropdownToggleEvent(open));
  }

  private pinned(): Message[] {
    const all = this.activeMeeting?.chat?.messages;
    return Array.isArray(all) ? all.filter((m) => m?.pinned) : [];
  }

  private select(message: Message): void {
    this.dispatchEvent(new RtkPinnedMessageSelectEvent(message));
    this.setOpen(false);
    this.renderRoot.querySelector<HTMLButtonElement>('[part="bar"]')?.focus();
  }

  private handleKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.setOpen(false);
      this.renderRoot.querySelector<HTMLButtonElement>('[part="bar"]')?.focus();
    }
  };

  private renderMessage(m: Message) {
    return html`<span class="preview" dir="auto"><span class="author">${String(m.displayName ?? '')}</span> ${messagePreview(m)}</span>`;
  }

  override render() {
    const pinned = this.pinned();
    if (pinned.length === 0) return nothing;
    const latest = pinned[pinned.length - 1];
    return html`<div @keydown=${this.handleKeydown}>
      <button part="bar" type="button" aria-expanded=${String(this.open)} aria-controls="list" @click=${() => this.setOpen(!this.open)}>
        <span class="icon">${renderIcon('pin', this.icons, paths.pin)}</span>
        <span class="text">
          <span class="count">${this.localize('chat_messages.pinned_count', { count: pinned.length })}</span>
          ${this.renderMessage(latest)}
        </span>
        <span class="icon">${this.open ? renderIcon('chevron_up', this.icons, paths.chevron_up) : renderIcon('chevron_down', this.icons, paths.chevron_down)}</span>
      </button>
      ${
        this.open
          ? html`<ul part="list" id="list" aria-label=${this.localize('chat_messages.pinned_list')}>
            ${pinned.map(
              (m) =>
                html`<li><button part="item" type="button" @click=${() => this.select(m)}>${this.renderMessage(m)}</button></li>`,
            )}
          </ul>`
          : nothing
      }
      <slot></slot>
    </div>`;
  }
}
