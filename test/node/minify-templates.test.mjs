// The build's template minifier (scripts/minify-templates.mjs): what it removes, and what it must
// leave alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

test('html: line breaks and indentation become one space; nested templates too', () => {
  const code =
    'const t = html`\n  <div class="a">\n    ${x ? html`\n      <b>yes</b>\n    ` : nothing}\n    <span>${y}</span> <i>z</i>\n  </div>\n`;';
  assert.equal(
    minifyTemplates(code),
    'const t = html` <div class="a"> ${x ? html` <b>yes</b> ` : nothing} <span>${y}</span> <i>z</i> </div> `;',
  );
});

test('html: text inside <pre> and <textarea> is kept as written', () => {
  const code = 'html`<div>\n  <pre>a\n   b</pre>\n  <textarea>\n x</textarea>\n</div>`';
  assert.equal(
    minifyTemplates(code),
    'html`<div> <pre>a\n   b</pre> <textarea>\n x</textarea> </div>`',
  );
});

test("css: comments, spaces around braces, semicolons, commas, child combinators and after a colon go, and a block's last semicolon; calc keeps its spaces", () => {
  const code =
    'css`\n  /* the host */\n  :host {\n    display: block;\n    inline-size: calc(100% - ${gap});\n  }\n  a:hover, b > c {\n    color: var(--x, red);\n  }\n`';
  assert.equal(
    minifyTemplates(code),
    'css`:host{display:block;inline-size:calc(100% - ${gap})}a:hover,b>c{color:var(--x,red)}`',
  );
});

test('other templates, strings and escapes are untouched', () => {
  const code =
    'const a = `\n  keep\n`; const b = other`\n x\n`; const c = html`a\\\n  b`; const d = "html`\\n  x`";';
  assert.equal(minifyTemplates(code), code);
});

test('member tags (lit.html) are minified; an unfinished css comment is left alone', () => {
  assert.equal(minifyTemplates('lit.html`<p>\n  x\n</p>`'), 'lit.html`<p> x </p>`');
  const open = 'css`a { b: c; } /* ${x} */`';
  assert.equal(minifyTemplates(open), open);
  // A semicolon before an expression stays: the expression may hold more declarations.
  assert.equal(minifyTemplates('css`a { b: c; ${more} }`'), 'css`a{b:c;${more}}`');
});
