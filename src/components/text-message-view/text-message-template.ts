import { css, html, nothing } from 'lit';
import { splitReply } from '../../internal/reply-block.js';

/**
 * A message text: a reply's quote (the quoted person's name, then the quoted line) above the text,
 * which `body` draws (Markdown or plain). Drawn by `rtk-text-message-view` and by a chat message
 * row inside its own shadow root; always text, never markup.
 */
export function textMessageTemplate(value: unknown, body: (text: string) => unknown) {
  const { quote, body: text } = splitReply(typeof value === 'string' ? value : String(value ?? ''));
  const lines = quote?.split('\n') ?? [];
  const author = lines.length > 1 ? lines.shift() : undefined;
  return html`${
    quote === undefined
      ? nothing
      : html`<blockquote part="quote" dir="auto">${
          author ? html`<span part="quote-author">${author}</span>` : nothing
        }${lines.join('\n')}</blockquote>`
  }${body(text)}`;
}

/** The look of `textMessageTemplate`'s quote and plain text. */
export const textMessageStyles = css`
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
`;
