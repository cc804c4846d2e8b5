import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import '../button/rtk-button.js';
import { parseMarkdown } from './markdown.js';
import styles from './markdown-view.styles.js';

/** Above this many characters the text is not formatted. */
const PLAIN_ABOVE = 20_000;

/** The first `limit` characters of `text`, cut at the last space when one is near the end. */
function clampAtWord(text: string, limit: number): string {
  const cut = text.slice(0, limit);
  const space = cut.search(/\s\S*$/);
  return space > limit * 0.8 ? cut.slice(0, space) : cut;
}

/**
 * Shows a chat text with light Markdown: **bold**, *italic*, `code`, fenced code blocks, bullet
 * and numbered lists, and links. The text is parsed into Lit templates, never into HTML: tags in
 * the text show as text, and links are made only for `http(s)` URLs (opening in a new tab with
 * `rel="noopener noreferrer"`). Each paragraph takes its own direction (`dir="auto"`) and is
 * isolated, so bidi control characters cannot reorder the UI around it. Texts longer than
 * `maxLength` are clamped, with a "Show more" button.
 *
 * @csspart body - The wrapper of the parsed blocks.
 * @csspart link - Each link.
 * @csspart code - Inline code.
 * @csspart code-block - A fenced code block.
 * @csspart list - A bullet or numbered list.
 * @csspart more - The "Show more" / "Show less" button.
 */
export class RtkMarkdownView extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The text to show (plain text with Markdown marks). */
  @property() text = '';

  /** Characters shown before "Show more" (default 4000). */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 4000;

  @state() private expanded = false;

  private cache?: { key: string; blocks: TemplateResult[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.expanded = false;
  }

  private toggle = (): void => {
    this.expanded = !this.expanded;
  };

  private blocks(text: string): TemplateResult[] {
    if (this.cache?.key !== text) {
      // Very long texts are shown as plain text: one text node, whatever the input.
      const blocks =
        text.length > PLAIN_ABOVE
          ? [html`<p class="plain" dir="auto">${text}</p>`]
          : parseMarkdown(text);
      this.cache = { key: text, blocks };
    }
    return this.cache.blocks;
  }

  override render() {
    const text = typeof this.text === 'string' ? this.text : String(this.text ?? '');
    const limit = Math.max(1, Number(this.maxLength) || 4000);
    const clamped = text.length > limit;
    const shown = clamped && !this.expanded ? `${clampAtWord(text, limit)}…` : text;
    return html`<div part="body" dir="auto">${this.blocks(shown)}</div>
      ${
        clamped
          ? html`<rtk-button part="more" variant="ghost" size="sm" @click=${this.toggle}
            >${this.localize(this.expanded ? 'chat_messages.show_less' : 'chat_messages.show_more')}</rtk-button
          >`
          : nothing
      }`;
  }
}
