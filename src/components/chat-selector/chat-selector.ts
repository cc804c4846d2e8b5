import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveOverrides, type UiOverrides } from '../../context/overrides.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { ChatGroup, RtkChatGroupChangedEvent } from '../../events/rtk-chat-group-changed.js';
import {
  RtkChatSelectorChangeEvent,
  type ChatSelectorChangeDetail,
} from '../../events/rtk-chat-selector-change.js';
import { RtkDropdownToggleEvent } from '../../events/rtk-dropdown-toggle.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Message } from '../../meeting/chat.js';
import {
  conversationOf,
  EVERYONE,
  personOf,
  privateChatAllowed,
} from '../../meeting/chat-conversations.js';
import { mapItems } from '../../meeting/guards.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './chat-selector.styles.js';

/**
 * Chooses the conversation: everyone, or a private one with one person in the meeting
 * (`participants.joined`). A button shows the current conversation and the number of unread
 * messages in the others; it opens the list (`rtk-chat-selector-ui`) with a count per
 * conversation. Escape or choosing closes the list and returns focus to the button.
 *
 * Counts messages from others that arrive (`chatUpdate`) in conversations other than the current
 * one; opening a conversation clears its count. Renders nothing without a chat module, or when the
 * preset allows no private chat, or `overrides.disablePrivateChat` is set (only "everyone" would
 * be left).
 *
 * @fires rtkChatSelectorChange - A conversation was chosen; `detail` is `{ conversation, recipient }`.
 * @fires rtkDropdownToggle - The list opened or closed; `detail` is `{ open }`.
 *
 * @slot - Shown after the selector (the official kit's slot), e.g. the page's own control.
 *
 * @csspart trigger - The button that opens the list.
 * @csspart unread-count - The badge with unread messages in other conversations.
 * @csspart dropdown - The box around the list.
 * @csspart selector - The `rtk-chat-selector-ui`.
 */
export class RtkChatSelector extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.chat, 'chatUpdate'],
      [m.self?.permissions, 'permissionsUpdate', 'chatUpdate'],
      [m.participants?.joined, 'participantJoined', 'participantLeft'],
    ],
    { onEvent: (event, args) => this.count(event, args) },
  );

  /** UI overrides; `disablePrivateChat` hides the selector. Wins over `config.overrides`, key by key. */
  @property({ attribute: false }) overrides?: UiOverrides;

  /** The current conversation: `everyone` or a person's user id. Our addition. */
  @property() conversation: string = EVERYONE;

  @state() private open = false;
  @state() private unread: Record<string, number> = {};

  @query('[part="trigger"]') private trigger?: HTMLButtonElement;
  @query('rtk-chat-selector-ui') private list?: HTMLElementTagNameMap['rtk-chat-selector-ui'];

  /** Closes the list. */
  close(): void {
    this.setOpen(false);
  }

  /** Unread messages by conversation (a copy). */
  get unreadCounts(): Record<string, number> {
    return { ...this.unread };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('conversation') && this.unread[this.conversation]) {
      this.unread = { ...this.unread, [this.conversation]: 0 };
    }
  }

  private count(event: string, args: unknown[]): void {
    if (event !== 'chatUpdate' || !args.length) return;
    const payload = args[0] as { action?: string; message?: Message } | undefined;
    const message = payload?.message;
    const self = this.activeMeeting?.self?.userId;
    if (payload?.action !== 'add' || !message || message.userId === self) return;
    const conversation = conversationOf(message, self);
    if (conversation === this.conversation) return;
    this.unread = { ...this.unread, [conversation]: (this.unread[conversation] ?? 0) + 1 };
  }

  private setOpen(open: boolean, focusTrigger = true): void {
    if (this.open === open) return;
    this.open = open;
    this.dispatchEvent(new RtkDropdownToggleEvent(open));
    void this.updateComplete.then(async () => {
      if (open) {
        await this.list?.updateComplete;
        this.list?.focusSelected();
      } else if (focusTrigger) this.trigger?.focus();
    });
  }

  private groups(): ChatGroup[] {
    const meeting = this.activeMeeting;
    const self = meeting?.self?.userId;
    const people = mapItems(meeting?.participants?.joined)
      .filter((p) => p && p.userId !== self)
      .map((p) => ({ id: p.userId, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const groups: ChatGroup[] = [{ id: EVERYONE, name: this.localize('chat.everyone') }, ...people];
    // Keep the current conversation listed after its person left.
    if (this.conversation !== EVERYONE && !groups.some((g) => g.id === this.conversation)) {
      groups.push({ id: this.conversation, name: this.nameOf(this.conversation) });
    }
    return groups;
  }

  private nameOf(conversation: string): string {
    if (conversation === EVERYONE) return this.localize('chat.everyone');
    const meeting = this.activeMeeting;
    return (
      personOf(meeting, conversation)?.name ??
      meeting?.chat?.messages?.find((m) => m?.userId === conversation)?.displayName ??
      ''
    );
  }

  private handleChosen = (event: RtkChatGroupChangedEvent): void => {
    event.stopPropagation();
    const group = event.detail;
    this.setOpen(false);
    if (group.id === this.conversation) return;
    const person = group.id === EVERYONE ? undefined : personOf(this.activeMeeting, group.id);
    const detail: ChatSelectorChangeDetail = {
      conversation: group.id,
      recipient:
        group.id === EVERYONE ? undefined : { userId: group.id, id: person?.id, name: group.name },
    };
    this.conversation = group.id;
    this.dispatchEvent(new RtkChatSelectorChangeEvent(detail));
  };

  private handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.setOpen(false);
    }
  };

  private handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (
      this.open &&
      next &&
      !this.contains(next) &&
      !this.shadowRoot?.contains(next) &&
      !this.list?.shadowRoot?.contains(next)
    ) {
      this.setOpen(false, false);
    }
  };

  override render() {
    const meeting = this.activeMeeting;
    const shown =
      Boolean(meeting?.chat) &&
      privateChatAllowed(meeting) &&
      !resolveOverrides(this.activeConfig, this.overrides).disablePrivateChat;
    this.hidden = !shown;
    if (!shown) return nothing;
    const others = Object.entries(this.unread)
      .filter(([id]) => id !== this.conversation)
      .reduce((sum, [, n]) => sum + n, 0);
    return html`<div class="selector" @keydown=${this.handleKeyDown} @focusout=${this.handleFocusOut}>
      <button
        part="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="dropdown"
        @click=${() => this.setOpen(!this.open)}
      >
        <span class="label">${this.localize('chat.conversation_label', { name: this.nameOf(this.conversation) })}</span>
        ${
          others
            ? html`<span part="unread-count" class="badge" aria-hidden="true">${this.localize('chat.badge', { count: this.localize.formatNumber(others) })}</span
              ><span class="visually-hidden">${this.localize('chat.unread', { count: others })}</span>`
            : nothing
        }
        ${renderIcon(this.open ? 'chevron_up' : 'chevron_down', this.icons, this.open ? paths.chevron_up : paths.chevron_down)}
      </button>
      <div id="dropdown" part="dropdown" ?hidden=${!this.open}>
        ${
          this.open
            ? html`<rtk-chat-selector-ui
              part="selector"
              .groups=${this.groups()}
              .selectedGroupId=${this.conversation}
              .selfUserId=${meeting?.self?.userId}
              .unreadCounts=${this.unread}
              @rtkChatGroupChanged=${this.handleChosen}
            ></rtk-chat-selector-ui>`
            : nothing
        }
      </div>
      <slot></slot>
    </div>`;
  }
}
