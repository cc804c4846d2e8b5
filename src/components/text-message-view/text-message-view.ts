import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { splitReply } from '../../internal/reply-block.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';

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
    css`
      :host {
        unicode-bidi: isolate;
        font-size: var(--_font-size-md);
        color: var(--_text);
      }
      [part='text'] {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        unicode-bidi: isolate;
      }
      blockquote {
        margin: 0 0 var(--_space);
        padding-block: var(--_space);
        padding-inline: calc(var(--_space) * 2);
        border-inline-start: 3px solid var(--_brand);
        border-radius: var(--_radius-sm);
        background: var(--_bg-raised);
        color: var(--_text-muted);
        font-size: var(--_font-size-sm);
        overflow-wrap: anywhere;
        white-space: pre-wrap;
      }
      [part='quote-author'] {
        display: block;
        font-weight: 600;
        color: var(--_text);
      }
    `,
  ];

  /** The text. */
  @property() text = '';

  /** Formats Markdown marks (default true). */
  @property({ type: Boolean, attribute: 'is-markdown' }) isMarkdown = true;

  override render() {
    const { quote, body: text } = splitReply(
      typeof this.text === 'string' ? this.text : String(this.text ?? ''),
    );
    const lines = quote?.split('\n') ?? [];
    const author = lines.length > 1 ? lines.shift() : undefined;
    return html`${
      quote === undefined
        ? nothing
        : html`<blockquote part="quote" dir="auto">${
            author ? html`<span part="quote-author">${author}</span>` : nothing
          }${lines.join('\n')}</blockquote>`
    }${
      this.isMarkdown
        ? html`<rtk-markdown-view part="markdown" .text=${text} .size=${this.size}></rtk-markdown-view>`
        : html`<div part="text" dir="auto">${text}</div>`
    }`;
  }
}
