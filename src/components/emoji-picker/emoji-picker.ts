import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { PickerCloseEvent } from '../../events/picker-close.js';
import { RtkEmojiClickedEvent } from '../../events/rtk-emoji-clicked.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import type { Emoji } from './emoji-data.js';
import styles from './emoji-picker.styles.js';

/** Emoji per row of the grid. */
const COLUMNS = 8;

/** The list is loaded once per page, the first time a picker opens. */
let loading: Promise<readonly Emoji[]> | undefined;
function loadEmoji(): Promise<readonly Emoji[]> {
  loading ??= import('./emoji-data.js').then((module) => module.emoji);
  return loading;
}

/**
 * A grid of emoji to pick from, with a search field (by name, e.g. "heart", "thumbs").
 *
 * The emoji list is its own module, loaded the first time a picker is shown, so a chat that never
 * opens it pays nothing. The grid is one tab stop: arrow keys move between emoji, Home / End go
 * to the start / end of a row (with Ctrl: of the grid), Page Up / Page Down move five rows,
 * Enter or Space picks. Arrow Down in the search field enters the grid; Escape closes.
 *
 * @fires rtkEmojiClicked - An emoji was picked; `detail` is the emoji (a string).
 * @fires pickerClose - The user pressed Escape.
 *
 * @csspart search - The search field.
 * @csspart grid - The grid of emoji.
 * @csspart emoji - Each emoji button.
 * @csspart empty - The "no emoji found" text.
 */
export class RtkEmojiPicker extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  /** Move focus to the search field once the emoji are loaded. */
  @property({ type: Boolean, attribute: 'focus-when-opened' }) focusWhenOpened = false;

  @state() private all?: readonly Emoji[];
  @state() private query = '';
  /** Index (in the filtered list) of the emoji that holds the grid's tab stop. */
  @state() private active = 0;

  @query('[part="search"]') private search?: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.all) return;
    void loadEmoji().then(async (all) => {
      this.all = all;
      await this.updateComplete;
      if (this.focusWhenOpened) this.search?.focus();
    });
  }

  private get shown(): readonly Emoji[] {
    const all = this.all ?? [];
    const words = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return all;
    return all.filter((e) => words.every((w) => e.name.includes(w) || e.char === w));
  }

  private focusCell(index: number): void {
    const count = this.shown.length;
    if (!count) return;
    this.active = Math.max(0, Math.min(count - 1, index));
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<HTMLButtonElement>(`[data-index="${this.active}"]`)?.focus();
    });
  }

  private pick(char: string): void {
    this.dispatchEvent(new RtkEmojiClickedEvent(char));
  }

  private close(): void {
    this.dispatchEvent(new PickerCloseEvent());
  }

  private handleSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
  };

  private handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.shown.length) {
      event.preventDefault();
      this.focusCell(this.active);
    } else if (event.key === 'Enter' && this.shown.length) {
      event.preventDefault();
      this.pick(this.shown[0].char);
    }
  };

  private handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  };

  private handleGridKey = (event: KeyboardEvent): void => {
    const index = this.active;
    const rowStart = index - (index % COLUMNS);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const moves: Record<string, number> = {
      ArrowRight: rtl ? index - 1 : index + 1,
      ArrowLeft: rtl ? index + 1 : index - 1,
      ArrowDown: index + COLUMNS,
      ArrowUp: index - COLUMNS,
      PageDown: index + COLUMNS * 5,
      PageUp: index - COLUMNS * 5,
      Home: event.ctrlKey ? 0 : rowStart,
      End: event.ctrlKey ? this.shown.length - 1 : rowStart + COLUMNS - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index < COLUMNS) {
      this.search?.focus();
      return;
    }
    this.focusCell(moves[event.key]);
  };

  override render() {
    const emoji = this.shown;
    const rows: Emoji[][] = [];
    for (let i = 0; i < emoji.length; i += COLUMNS) rows.push(emoji.slice(i, i + COLUMNS));
    const active = Math.min(this.active, Math.max(0, emoji.length - 1));
    return html`<div class="picker" @keydown=${this.handleKeyDown}>
      <input
        part="search"
        type="search"
        aria-label=${this.localize('chat.emoji_search')}
        placeholder=${this.localize('chat.emoji_search')}
        .value=${this.query}
        @input=${this.handleSearch}
        @keydown=${this.handleSearchKey}
      />
      ${
        !this.all
          ? html`<p class="status" role="status">${this.localize('chat.emoji_loading')}</p>`
          : emoji.length === 0
            ? html`<p part="empty" class="status" role="status">${this.localize('chat.emoji_none')}</p>`
            : html`<div part="grid" role="grid" aria-label=${this.localize('chat.emoji_picker')} @keydown=${this.handleGridKey}>
              ${rows.map(
                (row, r) => html`<div role="row" class="row">
                  ${row.map((e, c) => {
                    const index = r * COLUMNS + c;
                    return html`<span role="gridcell"
                      ><button
                        part="emoji"
                        type="button"
                        data-index=${index}
                        tabindex=${index === active ? 0 : -1}
                        @click=${() => this.pick(e.char)}
                        @focus=${() => (this.active = index)}
                      >
                        ${e.char}
                      </button></span
                    >`;
                  })}
                </div>`,
              )}
            </div>`
      }
    </div>`;
  }
}

export type { Emoji };
