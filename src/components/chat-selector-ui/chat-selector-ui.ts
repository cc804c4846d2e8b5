import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { RtkChatGroupChangedEvent, type ChatGroup } from '../../events/rtk-chat-group-changed.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './chat-selector-ui.styles.js';

/** From this many conversations on, a search field filters them by name. */
const SEARCH_FROM = 6;

/**
 * The list of conversations to choose from, without meeting logic: each with its unread count,
 * the current one marked (`aria-current`). Arrow keys move between conversations, Home / End go to
 * the first / last, Enter or Space chooses. With many conversations a search field filters them
 * by name (Arrow Down moves into the list).
 *
 * @fires rtkChatGroupChanged - A conversation was chosen; `detail` is the `ChatGroup`.
 *
 * @csspart search - The box around the search field.
 * @csspart search-icon - The magnifier icon.
 * @csspart search-input - The search field.
 * @csspart list - The list of conversations.
 * @csspart group - Each conversation button.
 * @csspart unread-count - The unread badge of a conversation.
 */
export class RtkChatSelectorUi extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  /** The conversations, in order. */
  @property({ attribute: false }) groups: ChatGroup[] = [];

  /** Id of the current conversation. */
  @property({ attribute: 'selected-group-id' }) selectedGroupId?: string;

  /** The local user's id (their own conversation is never offered). */
  @property({ attribute: 'self-user-id' }) selfUserId?: string;

  /** Unread messages by conversation id. */
  @property({ attribute: false }) unreadCounts: Record<string, number> = {};

  @state() private query = '';

  /** Moves focus to the current conversation (or the first). */
  focusSelected(): void {
    const buttons = this.buttons();
    (buttons.find((b) => b.getAttribute('aria-current') === 'true') ?? buttons[0])?.focus();
  }

  private buttons(): HTMLButtonElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="group"]') ?? [])];
  }

  private get shown(): ChatGroup[] {
    const groups = this.groups.filter((g) => g.id !== this.selfUserId);
    const words = this.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return groups;
    return groups.filter((g) => words.every((w) => g.name.toLocaleLowerCase().includes(w)));
  }

  private choose(group: ChatGroup): void {
    this.dispatchEvent(new RtkChatGroupChangedEvent(group));
  }

  private handleListKey = (event: KeyboardEvent): void => {
    const buttons = this.buttons();
    const index = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const next: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    const target = next[event.key];
    if (target < 0) {
      this.shadowRoot?.querySelector<HTMLInputElement>('[part="search-input"]')?.focus();
      return;
    }
    buttons[Math.min(target, buttons.length - 1)]?.focus();
  };

  private handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    this.buttons()[0]?.focus();
  };

  override render() {
    const groups = this.shown;
    const searchable = this.groups.length >= SEARCH_FROM;
    return html`${
      searchable
        ? html`<div part="search" class="search">
            <span part="search-icon">${renderIcon('search', this.icons, paths.search)}</span>
            <input
              part="search-input"
              type="search"
              aria-label=${this.localize('chat.search_people')}
              placeholder=${this.localize('chat.search_people')}
              .value=${this.query}
              @input=${(e: InputEvent) => (this.query = (e.target as HTMLInputElement).value)}
              @keydown=${this.handleSearchKey}
            />
          </div>`
        : nothing
    }
      ${
        groups.length
          ? html`<ul part="list" aria-label=${this.localize('chat.conversations')} @keydown=${this.handleListKey}>
            ${groups.map((group) => {
              const unread = Math.max(0, this.unreadCounts[group.id] ?? 0);
              const label = unread
                ? this.localize('chat.conversation_unread', {
                    name: group.name,
                    unread: this.localize('chat.unread', { count: unread }),
                  })
                : undefined;
              return html`<li>
                <button
                  part="group"
                  type="button"
                  aria-current=${group.id === this.selectedGroupId ? 'true' : 'false'}
                  aria-label=${label ?? nothing}
                  @click=${() => this.choose(group)}
                >
                  <span class="name">${group.name}</span>
                  ${
                    unread
                      ? html`<span part="unread-count" class="badge" aria-hidden="true"
                        >${this.localize('chat.badge', { count: this.localize.formatNumber(unread) })}</span
                      >`
                      : nothing
                  }
                </button>
              </li>`;
            })}
          </ul>`
          : html`<p class="empty" role="status">${this.localize('chat.no_people')}</p>`
      }`;
  }
}
