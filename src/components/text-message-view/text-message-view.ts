import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { textMessageStyles, textMessageTemplate } from './text-message-template.js';

/**
 * The text of a message: light Markdown through `rtk-markdown-view`, or plain text (line breaks
 * kept) with `isMarkdown` off. Always text, never markup; direction follows the text (`dir="auto"`)
 * and is isolated from the surrounding UI.
 *
 * A reply (a text that starts with the quoted message in `<blockquote>…</blockquote>` and a blank
 * line, the official kit's convention) shows the quote above the text: the quoted person's name,
 * then the quoted line.
 *
 * @csspart text - The plain-text wrapper (when `isMarkdown` is off).
 * @csspart markdown - The `rtk-markdown-view`.
 * @csspart quote - The quoted message of a reply.
 * @csspart quote-author - The name in the quote.
 */
export class RtkTextMessageView extends RtkElement {
  static override styles = [
    tokens,
    hostStyles,
    textMessageStyles,
    css`
      :host {
        unicode-bidi: isolate;
        font-size: var(--_font-size-md);
        color: var(--_text);
      }
    `,
  ];

  /** The text. */
  @property() text = '';

  /** Formats Markdown marks (default true). */
  @property({ type: Boolean, attribute: 'is-markdown' }) isMarkdown = true;

  override render() {
    return textMessageTemplate(this.text, (text) =>
      this.isMarkdown
        ? html`<rtk-markdown-view part="markdown" .text=${text} .size=${this.size}></rtk-markdown-view>`
        : html`<div part="text" dir="auto">${text}</div>`,
    );
  }
}
