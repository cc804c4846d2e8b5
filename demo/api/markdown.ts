import { html, nothing, type TemplateResult } from 'lit';

/**
 * The light Markdown of the manifest's descriptions as Lit templates: paragraphs, bullet and
 * numbered lists, `code`, **bold**, *italic* and [links](https://…). Every piece of text goes
 * through a text binding, never `innerHTML`, so markup in a description shows as text. Links are
 * made only for `http:`/`https:` URLs; code that names a known tag (`rtk-mic-toggle`) links to
 * its page through `tagHref`.
 */
export interface MarkdownOptions {
  /** The page of a tag, when `name` is one; code spans naming it become links. */
  tagHref?: (name: string) => string | undefined;
}

type Block =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

const bullet = /^\s*(?:[-*+]|(\d+)[.)])\s+/;

/** Splits a description into paragraphs and lists. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let paragraph: string[] = [];
    let list: Extract<Block, { kind: 'list' }> | undefined;
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (const line of lines) {
      const item = bullet.exec(line);
      if (item) {
        flushParagraph();
        const ordered = item[1] !== undefined;
        if (!list || list.ordered !== ordered) {
          list = { kind: 'list', ordered, items: [] };
          blocks.push(list);
        }
        list.items.push(line.slice(item[0].length).trim());
      } else if (list && /^\s/.test(line)) {
        // An indented line continues the list item above it.
        list.items[list.items.length - 1] += ` ${line.trim()}`;
      } else {
        list = undefined;
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
  }
  return blocks;
}

const inlinePattern =
  /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])/g;

function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** One line of inline Markdown as templates. */
export function renderInline(
  text: string,
  options: MarkdownOptions = {},
): Array<TemplateResult | string> {
  const parts: Array<TemplateResult | string> = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const [, code, bold, linkText, linkUrl, italic] = match;
    if (code !== undefined) {
      const href = options.tagHref?.(code);
      parts.push(
        href ? html`<a href=${href}><code>${code}</code></a>` : html`<code>${code}</code>`,
      );
    } else if (bold !== undefined) {
      parts.push(html`<strong>${renderInline(bold, options)}</strong>`);
    } else if (linkText !== undefined) {
      const href = safeUrl(linkUrl);
      parts.push(
        href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${renderInline(linkText, options)}</a>`
          : linkText,
      );
    } else if (italic !== undefined) {
      parts.push(html`<em>${renderInline(italic, options)}</em>`);
    }
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A whole description as templates; nothing when it is empty. */
export function renderMarkdown(
  text: string | undefined,
  options: MarkdownOptions = {},
): TemplateResult | typeof nothing {
  if (!text?.trim()) return nothing;
  return html`${blocksOf(text).map((block) => {
    if (block.kind === 'paragraph') return html`<p>${renderInline(block.text, options)}</p>`;
    const items = block.items.map((item) => html`<li>${renderInline(item, options)}</li>`);
    return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  })}`;
}
