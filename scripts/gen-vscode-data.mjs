// VS Code HTML custom data (version 1.1) from custom-elements.json:
// `node scripts/gen-vscode-data.mjs` writes frameworks/vscode.html-custom-data.json.
// Users add it to `html.customData` in .vscode/settings.json (the package exports it as
// `realtimekit-lit/vscode.html-custom-data.json`); every tag then gets completion, hover docs,
// attribute values and a link to its page of the API reference (`npm start`, then /api/).
// test/node/vscode-data.test.mjs fails when the committed file is stale.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the committed file lives. */
export const outputFile = join(root, 'frameworks/vscode.html-custom-data.json');

/** The API reference that `npm start` serves; each tag links to `?tag=<name>` of it. */
export const defaultDocsUrl = 'http://127.0.0.1:8000/api/';

/** One line: whitespace (newlines of wrapped JSDoc) collapsed. */
const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();

/** JSDoc's wrapped lines joined, paragraphs and list items kept. */
function markdownOf(text = '') {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\n(?!\s*(?:[-*+]|\d+[.)])\s)\s*/g, ' '))
    .join('\n\n');
}

/**
 * Exported string-literal union aliases of the source (`export type Size = 'sm' | 'md' | 'lg' | 'xl';`),
 * so attributes typed with an alias still get their values. A name defined twice differently is
 * left out (ambiguous).
 */
export function typeAliasesFromSource(srcDir = join(root, 'src')) {
  const found = new Map();
  const files = readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(srcDir, file), 'utf8');
    for (const [, name, body] of text.matchAll(/^export\s+type\s+([A-Z]\w*)\s*=\s*([^;]+);/gm)) {
      const value = oneLine(body).replace(/^\|\s*/, '');
      if (found.has(name) && found.get(name) !== value) found.set(name, null);
      else found.set(name, value);
    }
  }
  return new Map([...found].filter(([, value]) => value !== null));
}

/**
 * The string values a type allows, or `undefined` when it is not a union of string literals
 * (with `undefined`/`null` allowed and aliases resolved).
 */
export function literalValues(typeText, aliases = new Map(), depth = 0) {
  if (!typeText || depth > 8) return undefined;
  const values = [];
  for (const raw of typeText.split('|')) {
    const part = raw.trim();
    if (part === 'undefined' || part === 'null') continue;
    const literal = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(part);
    if (literal) {
      values.push(literal[1] ?? literal[2]);
    } else if (/^[A-Z]\w*$/.test(part) && aliases.has(part)) {
      const nested = literalValues(aliases.get(part), aliases, depth + 1);
      if (!nested) return undefined;
      values.push(...nested);
    } else {
      return undefined;
    }
  }
  return values.length ? [...new Set(values)] : undefined;
}

const uniqueByName = (items = []) => {
  const seen = new Set();
  return items.filter((item) => !seen.has(item.name) && seen.add(item.name));
};

function listSection(title, items, blankName) {
  if (!items.length) return '';
  const lines = items.map((item) => {
    const name = item.name ? `\`${item.name}\`` : blankName;
    return `- ${name}${item.description ? `: ${oneLine(item.description)}` : ''}`;
  });
  return `**${title}**\n\n${lines.join('\n')}`;
}

/** The custom data of one tag. */
function tagData(decl, aliases, docsUrl) {
  const sections = [
    markdownOf(decl.description),
    listSection('Events', uniqueByName(decl.events)),
    listSection('Slots', uniqueByName(decl.slots), '(default)'),
    listSection('CSS parts', uniqueByName(decl.cssParts)),
  ].filter(Boolean);
  const attributes = uniqueByName(decl.attributes).map((attr) => {
    const type = attr.type?.text;
    const facts = [
      type && `Type: \`${oneLine(type)}\``,
      attr.default && `Default: \`${oneLine(attr.default)}\``,
    ];
    const description = [markdownOf(attr.description), facts.filter(Boolean).join(' · ')]
      .filter(Boolean)
      .join('\n\n');
    const data = { name: attr.name, description: { kind: 'markdown', value: description } };
    const values = literalValues(type, aliases);
    if (values) data.values = values.map((name) => ({ name }));
    else if (type && /^boolean(\s*\|\s*undefined)?$/.test(type.trim())) data.valueSet = 'v';
    return data;
  });
  return {
    name: decl.tagName,
    description: { kind: 'markdown', value: sections.join('\n\n') },
    attributes,
    references: [{ name: 'realtimekit-lit API reference', url: `${docsUrl}?tag=${decl.tagName}` }],
  };
}

/** The custom data for a manifest: every tag, sorted by name. */
export function vscodeCustomData(manifest, { aliases = new Map(), docsUrl = defaultDocsUrl } = {}) {
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName);
  declarations.sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
  return { version: 1.1, tags: declarations.map((decl) => tagData(decl, aliases, docsUrl)) };
}

/** The data for this repository's committed manifest and source. */
export function generate() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return vscodeCustomData(manifest, { aliases: typeAliasesFromSource() });
}

/** The file's text: two-space JSON and a final newline. */
export const serialize = (data) => `${JSON.stringify(data, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = generate();
  mkdirSync(dirname(outputFile), { recursive: true });
  writeFileSync(outputFile, serialize(data));
  console.log(`wrote ${data.tags.length} tags to ${outputFile.slice(root.length)}`);
}
