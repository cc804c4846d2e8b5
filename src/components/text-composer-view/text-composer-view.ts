import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { TextChangeEvent } from '../../events/text-change.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './text-composer-view.styles.js';

/** Share of `maxLength` from which the "characters left" counter shows. */
const NEAR_LIMIT = 0.9;

/**
 * A multi-line text field for chat messages: it grows with its text (up to a few lines, then
 * scrolls), and shows how many characters are left once the text nears `maxLength`, or how many
 * are too many past it (the field is then marked invalid; text is never cut silently).
 *
 * It sends nothing itself: `rtk-chat-composer-view` passes a `keyDownHandler` that sends on
 * Enter. Text typed through an input method (IME) is reported only as it is committed.
 *
 * @fires textChange - The user changed the text; `detail` is the new text.
 *
 * @csspart chat-input-container - The box around the field and the counter.
 * @csspart chat-input - The `<textarea>`.
 * @csspart warning-indicator - The "characters left" / "too many" counter, or the rate-limit warning.
 *
 * @cssprop --rtk-text-composer-max-lines - How many lines the field grows to before scrolling (default 6).
 */
export class RtkTextComposerView extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The text. Set it to replace what is typed (a draft, a message being edited). */
  @property() value = '';

  /** Placeholder shown while the field is empty. */
  @property() placeholder?: string;

  /** Disables the field. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The most characters a message may have (the chat's `maxTextLimit`). */
  @property({ type: Number, attribute: 'max-length' }) maxLength?: number;

  /** The user is sending too quickly: a warning is shown. */
  @property({ type: Boolean, attribute: 'rate-limit-breached' }) rateLimitBreached = false;

  /** Called with every `keydown` of the field (the composer sends on Enter through it). */
  @property({ attribute: false }) keyDownHandler?: (event: KeyboardEvent) => void;

  /** Accessible name of the field (default "Message"). */
  @property() label?: string;

  @query('textarea') private textarea?: HTMLTextAreaElement;

  /** Replaces the text; with `focus`, moves focus to the end of it. */
  async setText(text: string, focus = false): Promise<void> {
    this.value = text;
    await this.updateComplete;
    const field = this.textarea;
    if (!field) return;
    field.value = text;
    if (focus) {
      field.focus();
      field.setSelectionRange(text.length, text.length);
    }
  }

  /** Inserts `text` at the caret (or in place of the selection), as typing would. */
  insertText(text: string): void {
    const field = this.textarea;
    if (!field) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.setRangeText(text, start, end, 'end');
    this.commit(field.value);
  }

  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Keep the field in step when `value` is set from outside (the DOM value wins while typing).
    if (changed.has('value') && this.textarea && this.textarea.value !== this.value)
      this.textarea.value = this.value;
  }

  private commit(text: string): void {
    this.value = text;
    this.dispatchEvent(new TextChangeEvent(text));
  }

  private handleInput = (event: InputEvent): void => {
    this.commit((event.target as HTMLTextAreaElement).value);
  };

  private handleKeyDown = (event: KeyboardEvent): void => {
    this.keyDownHandler?.(event);
  };

  /** Characters left, when near or past the limit. */
  private remaining(): number | undefined {
    const max = this.maxLength;
    if (!max || max <= 0) return undefined;
    const length = this.value.length;
    return length >= max * NEAR_LIMIT ? max - length : undefined;
  }

  override render() {
    const remaining = this.remaining();
    const over = remaining !== undefined && remaining < 0;
    let warning: string | undefined;
    if (this.rateLimitBreached) warning = this.localize('chat.rate_limited');
    else if (remaining !== undefined) {
      warning = over
        ? this.localize('chat.chars_over', { count: -remaining })
        : this.localize('chat.chars_left', { count: remaining });
    }
    return html`<div part="chat-input-container">
      <textarea
        part="chat-input"
        rows="1"
        .value=${this.value}
        placeholder=${this.placeholder ?? nothing}
        aria-label=${this.label ?? this.localize('chat.message_label')}
        aria-invalid=${over ? 'true' : 'false'}
        aria-describedby=${warning ? 'warning' : nothing}
        ?disabled=${this.disabled}
        @input=${this.handleInput}
        @keydown=${this.handleKeyDown}
      ></textarea>
      ${
        warning
          ? html`<span id="warning" part="warning-indicator" class=${over || this.rateLimitBreached ? 'over' : ''}
            >${warning}</span
          >`
          : nothing
      }
    </div>`;
  }
}
