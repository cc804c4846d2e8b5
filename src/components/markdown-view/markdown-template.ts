import { html, nothing, type TemplateResult } from 'lit';
import '../button/rtk-button.js';
import { parseMarkdown } from './markdown.js';

/** Above this many characters the text is not formatted. */
const PLAIN_ABOVE = 20_000;

/** Characters shown before "Show more" by default. */
export const MARKDOWN_MAX_LENGTH = 4000;

/** The first `limit` characters of `text`, cut at the last space when one is near the end. */
function clampAtWord(text: string, limit: number): string {
  const cut = text.slice(0, limit);
  const space = cut.search(/\s\S*$/);
  return space > limit * 0.8 ? cut.slice(0, space) : cut;
}

/** What the element drawing a Markdown text keeps between its renders. */
export interface MarkdownState {
  /** "Show more" was pressed. */
  expanded: boolean;
  /** Flips `expanded` (and re-renders the element). */
  toggle: () => void;
  /** Characters shown before "Show more". */
  maxLength?: number;
  /** The text parsed last, and its blocks. */
  parsed?: { text: string; blocks: TemplateResult[] };
}

/**
 * A text with light Markdown as template parts (see `parseMarkdown`: every piece of the input is a
 * text binding, never markup), clamped with a "Show more" button past `state.maxLength`. The
 * element drawing it adds `markdownContentStyles` to its styles.
 */
export function markdownTemplate(
  value: unknown,
  state: MarkdownState,
  localize: (key: string) => string,
) {
  const text = typeof value === 'string' ? value : String(value ?? '');
  const limit = Math.max(1, Number(state.maxLength) || MARKDOWN_MAX_LENGTH);
  const clamped = text.length > limit;
  const shown = clamped && !state.expanded ? `${clampAtWord(text, limit)}…` : text;
  if (state.parsed?.text !== shown) {
    // Very long texts are shown as plain text: one text node, whatever the input.
    const blocks =
      shown.length > PLAIN_ABOVE
        ? [html`<p class="plain" dir="auto">${shown}</p>`]
        : parseMarkdown(shown);
    state.parsed = { text: shown, blocks };
  }
  return html`<div part="body" dir="auto">${state.parsed.blocks}</div>${
    clamped
      ? html`<rtk-button part="more" variant="ghost" size="sm" @click=${state.toggle}
          >${localize(state.expanded ? 'chat_messages.show_less' : 'chat_messages.show_more')}</rtk-button
        >`
      : nothing
  }`;
}
