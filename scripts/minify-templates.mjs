// Minifies the static text of Lit's tagged templates (html`…`, svg`…`, css`…`) in compiled
// JavaScript, for the dist/ and CDN builds: indentation and line breaks are most of a template's
// bytes and none of its meaning.
//
// - html/svg: every run of whitespace that holds a line break becomes one space (never removed:
//   between inline elements a space is visible). Text inside <pre> and <textarea> is left alone.
// - css: comments go; whitespace runs become one space; spaces next to { } ; , > and after a
//   property's colon go, and so does the last semicolon of a block. Nothing else changes
//   (`calc(1px + 2px)` keeps its spaces).
//
// Templates are found with the TypeScript parser (not a regular expression): nested templates
// inside `${…}` are handled, and only the literal parts between expressions are touched.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/** The tag's name: `html`, or the `html` of `x.html`; undefined for other tags. */
function tagName(tag) {
  if (ts.isIdentifier(tag)) return tag.text;
  if (ts.isPropertyAccessExpression(tag)) return tag.name.text;
  return undefined;
}

function minifyHtmlText(text, state) {
  let out = '';
  // Whitespace inside <pre> and <textarea> is content.
  const parts = text.split(/(<\/?(?:pre|textarea)\b[^>]*>)/i);
  for (const part of parts) {
    const open = /^<(pre|textarea)\b/i.test(part);
    const close = /^<\/(pre|textarea)\b/i.test(part);
    if (open) state.raw += 1;
    if (close) state.raw = Math.max(0, state.raw - 1);
    out += state.raw > 0 && !open ? part : part.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ');
  }
  return out;
}

function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/([{;]\s*[-\w]+):\s+/g, '$1:')
    .replace(/;}/g, '}');
}

/**
 * Returns `code` with the literal text of its html/svg/css templates minified. A template part
 * that holds a backslash line continuation or an unfinished comment is left as it is.
 * @param {string} code JavaScript (ES modules; TypeScript syntax is parsed too)
 * @param {string} [fileName]
 */
export function minifyTemplates(code, fileName = 'module.js') {
  return templateEdits(code, fileName).reduceRight(
    (out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end),
    code,
  );
}

/** The replacements `minifyTemplates` makes, in source order. */
function templateEdits(code, fileName) {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];

  const literalParts = (template) =>
    ts.isNoSubstitutionTemplateLiteral(template)
      ? [template]
      : [template.head, ...template.templateSpans.map((span) => span.literal)];

  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && TAGS.has(tagName(node.tag) ?? '')) {
      const kind = tagName(node.tag);
      const state = { raw: 0 };
      const parts = literalParts(node.template);
      for (const [index, part] of parts.entries()) {
        // The raw text between the delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        if (/\\\r?\n/.test(raw)) continue;
        if (kind === 'css' && /\/\*(?![\s\S]*\*\/)/.test(raw)) continue;
        let text = kind === 'css' ? minifyCssText(raw) : minifyHtmlText(raw, state);
        // A stylesheet's leading and trailing space is nothing.
        if (kind === 'css' && index === 0) text = text.trimStart();
        if (kind === 'css' && index === parts.length - 1) text = text.trimEnd();
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  return edits.sort((a, b) => a.start - b.start);
}

/** A Rollup plugin applying `minifyTemplates` to every module it transforms (after TypeScript). */
export function minifyTemplatesPlugin({ include = /\.(?:[cm]?js|ts)$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (
        !include.test(id) ||
        id.includes('/node_modules/') ||
        !/\b(?:html|svg|css)\s*`/.test(code)
      )
        return null;
      const edits = templateEdits(code, id);
      if (edits.length === 0) return null;
      // Overwrites keep the source map true to the original lines.
      const out = new MagicString(code);
      for (const edit of edits) out.overwrite(edit.start, edit.end, edit.text);
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) };
    },
  };
}
