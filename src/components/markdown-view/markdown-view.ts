import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import { MARKDOWN_MAX_LENGTH, markdownTemplate, type MarkdownState } from './markdown-template.js';
import styles, { markdownContentStyles } from './markdown-view.styles.js';

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

  static override styles = [tokens, hostStyles, focusRing, markdownContentStyles, styles];

  /** The text to show (plain text with Markdown marks). */
  @property() text = '';

  /** Characters shown before "Show more" (default 4000). */
  @property({ type: Number, attribute: 'max-length' }) maxLength = MARKDOWN_MAX_LENGTH;

  @state() private expanded = false;

  /** The parsed text, kept between renders. */
  private markdown: MarkdownState = { expanded: false, toggle: () => this.toggle() };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.expanded = false;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  override render() {
    this.markdown.expanded = this.expanded;
    this.markdown.maxLength = this.maxLength;
    return markdownTemplate(this.text, this.markdown, (key) => this.localize(key));
  }
}
