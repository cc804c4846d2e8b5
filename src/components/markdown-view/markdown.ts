import { html, nothing, type TemplateResult } from 'lit';
import { INLINE } from '../../internal/markdown-syntax.js';
import { safeLinkUrl } from '../../internal/safe-url.js';

/**
 * A small Markdown subset parsed straight into Lit templates: every piece of the input ends up in
 * a text binding, never in markup. Blocks: paragraphs, fenced code, bullet and numbered lists.
 * Inline: `code`, **bold**, *italic* / _italic_, [text](url) and bare URLs (links only for
 * `http(s)`; anything else stays text). Linear-time patterns, bounded per line, so a 100 kB
 * message parses in a few milliseconds.
 */

type Inline = TemplateResult | string;

/** Drops trailing punctuation a sentence puts after a bare URL. */
function trimUrl(url: string): [string, string] {
  const match = /[.,;:!?'")\]]+$/.exec(url);
  return match ? [url.slice(0, match.index), match[0]] : [url, ''];
}

function link(href: string, label: Inline[] | string): TemplateResult {
  return html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
}

/** Inline formatting of one piece of text. */
export function parseInline(text: string, depth = 0): Inline[] {
  if (depth > 3) return [text];
  const out: Inline[] = [];
  let last = 0;
  INLINE.lastIndex = 0;
  const matches = [...text.matchAll(INLINE)];
  for (const m of matches) {
    const index = m.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    last = index + m[0].length;
    const [whole, code, bold, italic, underscored, label, target, bare] = m;
    if (code !== undefined) out.push(html`<code part="code">${code}</code>`);
    else if (bold !== undefined) out.push(html`<strong>${parseInline(bold, depth + 1)}</strong>`);
    else if (italic !== undefined) out.push(html`<em>${parseInline(italic, depth + 1)}</em>`);
    else if (underscored !== undefined)
      out.push(html`<em>${parseInline(underscored, depth + 1)}</em>`);
    else if (label !== undefined) {
      const href = safeLinkUrl(target);
      out.push(href ? link(href, parseInline(label, depth + 1)) : whole);
    } else if (bare !== undefined) {
      const [url, trailing] = trimUrl(bare);
      const href = safeLinkUrl(url);
      out.push(href ? link(href, url) : url);
      if (trailing) out.push(trailing);
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Lines separated by `<br>`. */
function lines(text: string): Inline[] {
  const out: Inline[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(html`<br />`);
    out.push(...parseInline(line));
  });
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const FENCE = /^\s{0,3}```/;

/** Parses `text` into block templates. */
export function parseMarkdown(text: string): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(html`<p dir="auto">${lines(paragraph.join('\n'))}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (FENCE.test(line)) {
      flush();
      const code: string[] = [];
      i++;
      while (i < all.length && !FENCE.test(all[i])) code.push(all[i++]);
      blocks.push(html`<pre part="code-block" dir="ltr"><code>${code.join('\n')}</code></pre>`);
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const items: string[] = [];
      const pattern = bullet ? BULLET : NUMBERED;
      const start = numbered ? Number(numbered[1]) : 1;
      while (i < all.length) {
        const m = pattern.exec(all[i]);
        if (!m) break;
        items.push(bullet ? m[1] : m[2]);
        i++;
      }
      i--;
      const rendered = items.map((item) => html`<li dir="auto">${parseInline(item)}</li>`);
      blocks.push(
        bullet
          ? html`<ul part="list">${rendered}</ul>`
          : html`<ol part="list" start=${start === 1 ? nothing : start}>${rendered}</ol>`,
      );
      continue;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
