import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';

/**
 * The text of a message: light Markdown through `rtk-markdown-view`, or plain text (line breaks
 * kept) with `isMarkdown` off. Always text, never markup; direction follows the text (`dir="auto"`)
 * and is isolated from the surrounding UI.
 *
 * @csspart text - The plain-text wrapper (when `isMarkdown` is off).
 * @csspart markdown - The `rtk-markdown-view`.
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
    `,
  ];

  /** The text. */
  @property() text = '';

  /** Formats Markdown marks (default true). */
  @property({ type: Boolean, attribute: 'is-markdown' }) isMarkdown = true;

  override render() {
    const text = typeof this.text === 'string' ? this.text : String(this.text ?? '');
    return this.isMarkdown
      ? html`<rtk-markdown-view part="markdown" .text=${text} .size=${this.size}></rtk-markdown-view>`
      : html`<div part="text" dir="auto">${text}</div>`;
  }
}
