import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/markdown-view/rtk-markdown-view.js';
import type { RtkMarkdownView } from '../../src/components/markdown-view/rtk-markdown-view.js';
import { markdownToPlainText } from '../../src/internal/plain-text.js';
import { safeFileUrl, safeImageUrl, safeLinkUrl } from '../../src/internal/safe-url.js';
import '../../src/components/text-message-view/rtk-text-message-view.js';
import type { RtkTextMessageView } from '../../src/components/text-message-view/rtk-text-message-view.js';
import { deepText, queryAllDeep } from '../helpers/fixtures.js';
import { brokenImageFailed } from '../helpers/wait.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** Elements the markdown view may create. */
const ALLOWED = new Set([
  'div',
  'p',
  'br',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'rtk-button',
  'button',
  'span',
  'slot',
  'svg',
  'path',
  'rtk-spinner',
  'style',
]);

const HOSTILE = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '<svg onload="window.__pwned = true"></svg>',
  '[click](javascript:window.__pwned=true)',
  '[click](data:text/html,<script>window.__pwned=true</script>)',
  '[click](vbscript:msgbox)',
  'JaVaScRiPt:window.__pwned=true',
  '<a href="javascript:window.__pwned=true">x</a>',
  '**<iframe src="javascript:window.__pwned=true"></iframe>**',
  '`<b onmouseover="window.__pwned=true">code</b>`',
  '```\n<script>window.__pwned=true</script>\n```',
  '- <img src=x onerror=window.__pwned=true>\n- two',
  '[](http://x" onclick="window.__pwned=true)',
  'a\u202Egnp.exe\u202C b \u2067isolate\u2069 \u200F',
  '{{constructor.constructor("window.__pwned=true")()}} ${window.__pwned=true}',
];

async function view(text: string): Promise<RtkMarkdownView> {
  const el = await fixture<RtkMarkdownView>(
    html`<rtk-markdown-view .text=${text}></rtk-markdown-view>`,
  );
  await el.updateComplete;
  return el;
}

describe('<rtk-markdown-view>', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('formats bold, italic, code, code blocks, lists and links into elements', async () => {
    const el = await view(
      'Hello **bold** and *it* and _also_ and `x<y`\n\n- one\n- two\n\n1. first\n2. second\n\n```\nconst a = "<b>";\n```\nSee https://example.com/a?b=1. and [docs](https://example.org/docs)',
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('strong')!.textContent).to.equal('bold');
    expect(root.querySelectorAll('em')).to.have.length(2);
    expect(root.querySelector('p code')!.textContent).to.equal('x<y');
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal([
      'one',
      'two',
    ]);
    expect([...root.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal([
      'first',
      'second',
    ]);
    expect(root.querySelector('pre code')!.textContent).to.equal('const a = "<b>";');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://example.com/a?b=1',
      'https://example.org/docs',
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(links[1].textContent).to.equal('docs');
    await expect(el).to.be.accessible();
  });

  for (const text of HOSTILE) {
    it(`shows hostile input as text: ${JSON.stringify(text).slice(0, 60)}`, async () => {
      const el = await view(text);
      const tags = queryAllDeep(el, '*').map((e) => e.localName);
      expect(tags.filter((t) => !ALLOWED.has(t))).to.deep.equal([]);
      for (const a of queryAllDeep<HTMLAnchorElement>(el, 'a'))
        expect(a.protocol).to.match(/^https?:$/);
      expect(queryAllDeep(el, '[onerror],[onload],[onclick],[onmouseover]')).to.have.length(0);
      await brokenImageFailed();
      expect(window.__pwned).to.equal(undefined);
      // The text a person sees still holds what was written (markers aside).
      const visible = deepText(el);
      if (text.includes('<script>')) expect(visible).to.contain('script');
    });
  }

  it('isolates bidi controls: paragraphs take their own direction', async () => {
    const el = await view('abc \u202Eevil\u202C');
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(p).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(el).unicodeBidi).to.equal('isolate');
  });

  it('clamps a 100 kB message with "Show more" and expands it', async () => {
    const big = 'word **b** '.repeat(10_000);
    expect(big.length).to.be.greaterThan(100_000);
    const started = performance.now();
    const el = await view(big);
    expect(performance.now() - started).to.be.lessThan(5000);
    expect(el.shadowRoot!.textContent!.length).to.be.lessThan(10_000);
    const more = el.shadowRoot!.querySelector<HTMLElement>('[part="more"]')!;
    expect(deepText(more)).to.equal('Show more');
    more.click();
    await el.updateComplete;
    // Shown whole, as plain text (no formatting above 20,000 characters).
    expect(el.shadowRoot!.querySelector('.plain')!.textContent).to.equal(big);
    expect(el.shadowRoot!.querySelectorAll('strong').length).to.equal(0);
    expect(deepText(el.shadowRoot!.querySelector('[part="more"]')!)).to.equal('Show less');
  });

  it('parses pathological input quickly', async () => {
    const evil = [
      '*a'.repeat(9_000),
      '_'.repeat(19_000),
      '`'.repeat(19_000),
      '['.repeat(9_000) + '](',
      'http://'.repeat(2_500),
    ];
    for (const text of evil) {
      const el = await fixture<RtkMarkdownView>(
        html`<rtk-markdown-view .text=${text} .maxLength=${200_000}></rtk-markdown-view>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="body"]')).to.exist;
    }
  });
});

describe('<rtk-text-message-view>', () => {
  it('shows plain text with line breaks when isMarkdown is off', async () => {
    const el = await fixture<RtkTextMessageView>(
      html`<rtk-text-message-view .isMarkdown=${false} .text=${'**a**\n<b>b</b>'}></rtk-text-message-view>`,
    );
    const text = el.shadowRoot!.querySelector('[part="text"]')!;
    expect(text.textContent).to.equal('**a**\n<b>b</b>');
    expect(text.children).to.have.length(0);
    expect(text.getAttribute('dir')).to.equal('auto');
  });

  it('formats Markdown by default', async () => {
    const el = await fixture<RtkTextMessageView>(
      html`<rtk-text-message-view .text=${'**a**'}></rtk-text-message-view>`,
    );
    const md = el.shadowRoot!.querySelector('rtk-markdown-view')!;
    await md.updateComplete;
    expect(md.shadowRoot!.querySelector('strong')!.textContent).to.equal('a');
  });
});

describe('safe URLs', () => {
  it('accepts only safe schemes', () => {
    expect(safeLinkUrl('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeLinkUrl('http://a.example')).to.equal('http://a.example/');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,<b>',
      'blob:https://a/x',
      'ftp://x',
      '/relative',
      '',
      undefined,
      42,
    ]) {
      expect(safeLinkUrl(bad), String(bad)).to.equal(undefined);
    }
    expect(safeImageUrl('data:image/png;base64,AAAA')).to.equal('data:image/png;base64,AAAA');
    expect(safeImageUrl('blob:https://a.example/1')).to.equal('blob:https://a.example/1');
    for (const bad of [
      'data:image/svg+xml,<svg onload=x>',
      'data:text/html,<script>',
      'javascript:x',
    ]) {
      expect(safeImageUrl(bad), bad).to.equal(undefined);
    }
    expect(safeFileUrl('data:text/plain,hello')).to.equal('data:text/plain,hello');
    for (const bad of [
      'data:text/html,<script>',
      'data:image/svg+xml,<svg>',
      'javascript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeFileUrl(bad), bad).to.equal(undefined);
    }
  });
});

describe('markdownToPlainText (previews)', () => {
  it('drops the marks and keeps the words', () => {
    expect(
      markdownToPlainText('**Agenda** is _here_: [docs](https://example.com/a) and `npm test`'),
    ).to.equal('Agenda is here: docs and npm test');
    expect(markdownToPlainText('see https://example.com/x.')).to.equal(
      'see https://example.com/x.',
    );
    expect(markdownToPlainText('*_both_* marks')).to.equal('both marks');
  });

  it('joins lines and drops fences and list markers', () => {
    expect(markdownToPlainText('Plan:\n- one\n2. two\n```\ncode()\n```')).to.equal(
      'Plan: one two code()',
    );
  });

  it('keeps markup-like text as text, and leaves unknown marks alone', () => {
    expect(markdownToPlainText('<img src=x onerror=alert(1)> 2 * 3 * 4')).to.equal(
      '<img src=x onerror=alert(1)> 2 * 3 * 4',
    );
    expect(markdownToPlainText('[label](javascript:alert(1))')).to.equal(
      '[label](javascript:alert(1))',
    );
  });
});
