// `npm run new-tag -- rtk-foo`: everything a new tag needs, in the repo's anatomy, as a small
// working starting point (it shows how many people are in the meeting; replace that with the tag's
// real job). Writes:
//   src/components/foo/foo.ts, foo.styles.ts, rtk-foo.ts   the class, its styles, the define module
//   src/i18n/en/foo.ts                                       its English strings (one area per tag)
//   stories/foo.stories.ts                                   a story on the demo meeting
//   test/components/foo.test.ts                              what a person sees; no listener left
//   test/a11y/foo.stories.test.ts                            axe over its stories (or --area)
// and adds it to src/index.ts, src/classes.ts, src/i18n/en.ts, every pack in src/i18n/packs/
// (English until translated) and the literal test (test/i18n/literals.test.ts). Then runs
// `npm run analyze` (custom-elements.json, React wrappers, Vue types, VS Code data).
//
// Options:
//   --dry-run       print the files it would write and edit; change nothing
//   --no-analyze    skip `npm run analyze`
//   --area NAME     add the stories to test/a11y/NAME.stories.test.ts instead of a file of its own
//
// test/node/new-tag.test.mjs runs it in a copy of the repo and runs the suite's checks there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE =
  'Usage: npm run new-tag -- rtk-<name> [--dry-run] [--no-analyze] [--area <a11y area>]';

/** Words a stories import may not be named (the a11y and literal tests import `* as <camel>`). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval'
  ).split(' '),
);

class Refusal extends Error {}

function parseArgs(argv) {
  const options = { dryRun: false, analyze: true, area: undefined, tag: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--no-analyze') options.analyze = false;
    else if (arg === '--area') options.area = argv[++i];
    else if (arg.startsWith('--area=')) options.area = arg.slice('--area='.length);
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-')) throw new Refusal(`Unknown option ${arg}.\n${USAGE}`);
    else if (options.tag)
      throw new Refusal(`One tag at a time (got ${options.tag} and ${arg}).\n${USAGE}`);
    else options.tag = arg;
  }
  if (options.help) return options;
  if (!options.tag) throw new Refusal(`Which tag?\n${USAGE}`);
  if (options.area !== undefined && !/^[a-z][a-z0-9-]*$/.test(options.area)) {
    throw new Refusal(
      `--area takes the name of a file test/a11y/<name>.stories.test.ts (got "${options.area ?? ''}").`,
    );
  }
  return options;
}

/** The names a tag gives its folder, class, imports and string keys. */
function namesOf(tag) {
  if (!/^rtk-[a-z]+(-[a-z]+)*$/.test(tag)) {
    throw new Refusal(
      `"${tag}" is not a tag name for this kit: it must be "rtk-" and then lowercase words joined by single ` +
        'hyphens, letters only (e.g. rtk-meeting-clock). The tests that check every tag read names of that form.',
    );
  }
  const name = tag.slice('rtk-'.length);
  const words = name.split('-');
  const camel =
    words[0] +
    words
      .slice(1)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const sentence = words.join(' ');
  return {
    tag,
    name,
    className: `Rtk${pascal}`,
    camel,
    keyArea: words.join('_'),
    stringsExport: `${camel}Strings`,
    title: sentence[0].toUpperCase() + sentence.slice(1),
  };
}

const read = (path) => readFileSync(join(root, path), 'utf8');
const exists = (path) => existsSync(join(root, path));

/** Refuses a tag that exists, or whose files or names are taken. */
function checkFree(n) {
  const taken = [];
  const defined = [];
  for (const dir of readdirSync(join(root, 'src/components'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(root, 'src/components', dir.name))) {
      if (!file.endsWith('.ts')) continue;
      const source = read(`src/components/${dir.name}/${file}`);
      if (source.includes(`customElements.define('${n.tag}'`))
        defined.push(`src/components/${dir.name}/${file}`);
    }
  }
  if (defined.length) {
    throw new Refusal(
      `${n.tag} already exists: it is defined in ${defined.join(', ')}. Pick a new name.`,
    );
  }
  for (const path of [
    `src/components/${n.name}`,
    `src/i18n/en/${n.name}.ts`,
    `stories/${n.name}.stories.ts`,
    `test/components/${n.name}.test.ts`,
    `test/a11y/${n.name}.stories.test.ts`,
  ]) {
    if (exists(path)) taken.push(path);
  }
  if (taken.length) {
    throw new Refusal(
      `${n.tag} would write over files that exist: ${taken.join(', ')}. Pick a new name.`,
    );
  }
  if (new RegExp(`\\b${n.className}\\b`).test(read('src/classes.ts'))) {
    throw new Refusal(
      `${n.tag} would be class ${n.className}, which src/classes.ts already exports. Pick a new name.`,
    );
  }
  const en = read('src/i18n/en.ts');
  if (en.includes(`'${n.keyArea}.`) || new RegExp(`\\b${n.stringsExport}\\b`).test(en)) {
    throw new Refusal(`The string keys ${n.keyArea}.* of ${n.tag} are taken. Pick a new name.`);
  }
  for (const file of readdirSync(join(root, 'src/i18n/en'))) {
    if (read(`src/i18n/en/${file}`).includes(`'${n.keyArea}.`)) {
      throw new Refusal(
        `The string keys ${n.keyArea}.* of ${n.tag} are taken (src/i18n/en/${file}). Pick a new name.`,
      );
    }
  }
}

// ── New files ────────────────────────────────────────────────────────────────────────────────

const componentFile = (n) => `import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ${n.stringsExport} } from '../../i18n/en/${n.name}.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './${n.name}.styles.js';

/**
 * Shows how many people are in the meeting: everyone in \`participants.joined\`, plus you once you
 * have joined, and follows joins and leaves. Renders nothing without a meeting.
 *
 * @csspart label - The text.
 */
export class ${n.className} extends RtkElement {
  static override strings = ${n.stringsExport};

  static override styles = [tokens, hostStyles, styles];

  // Every event that can change what render() reads; the controller also removes them on disconnect.
  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
    [m.self, 'roomJoined', 'roomLeft'],
  ]);

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const count = (meeting.participants?.joined?.size ?? 0) + (meeting.self?.roomJoined ? 1 : 0);
    return html\`<span part="label">\${this.localize('${n.keyArea}.people', { count: this.localize.formatNumber(count) })}</span>\`;
  }
}
`;

const stylesFile = () => `import { css } from 'lit';

export default css\`
  :host {
    display: inline-flex;
    align-items: center;
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
\`;
`;

const defineFile = (n) => `import { ${n.className} } from './${n.name}.js';

export { ${n.className} };

if (!customElements.get('${n.tag}')) {
  customElements.define('${n.tag}', ${n.className});
}

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
}
`;

const ENGLISH = 'People in the meeting: {count}';

const stringsFile = (n) => `/** English strings of the \`${n.keyArea}.*\` keys. */
export const ${n.stringsExport} = {
  '${n.keyArea}.people': '${ENGLISH}',
} as const;
`;

const storiesFile = (n) => `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/${n.name}/${n.tag}.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/${n.title}',
  component: '${n.tag}',
  args: { seed: 1, join: true, people: 4 },
  argTypes: { ...demoArgTypes },
  render: (demo) => html\`<${n.tag} .meeting=\${demoMeeting(demo)}></${n.tag}>\`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
`;

const testFile = (n) => `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/${n.name}/${n.tag}.js';
import type { ${n.className} } from '../../src/components/${n.name}/${n.tag}.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

describe('<${n.tag}>', () => {
  failOnConsoleErrors();

  it('shows how many people are in the meeting and follows joins and leaves', async () => {
    const { el, meeting } = await mountWithMeeting<${n.className}>(html\`<${n.tag}></${n.tag}>\`, { people: 2 });
    // Before joining, the demo meeting lists nobody as joined.
    expect(deepText(el)).to.equal('People in the meeting: 0');
    await meeting.join();
    await el.updateComplete;
    expect(deepText(el)).to.equal('People in the meeting: 3');
    const person = meeting.director.addPerson({ name: 'Ada' });
    await el.updateComplete;
    expect(deepText(el)).to.equal('People in the meeting: 4');
    meeting.director.removePerson(person.id);
    await el.updateComplete;
    expect(deepText(el)).to.equal('People in the meeting: 3');
    await expect(el).to.be.accessible();
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<${n.className}>(html\`<${n.tag}></${n.tag}>\`);
    expect(deepText(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="label"]')).to.equal(null);
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('${n.tag}');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(deepText(el)).to.equal('People in the meeting: 2');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
`;

const a11yFile = (n, id) => `/// <reference types="mocha" />
import * as ${id} from '../../stories/${n.name}.stories.js';
import { auditStories } from '../helpers/stories.js';

// ${n.tag} (made by \`npm run new-tag\`); it can move into the a11y file of its area.
auditStories({ ${id} });
`;

// ── Edits of shared files ────────────────────────────────────────────────────────────────────

/** Inserts `line` into the run of lines matching `pattern`, ordered by the first capture. */
function insertSorted(text, path, pattern, line, key) {
  const lines = text.split('\n');
  const matches = lines.map((l, i) => [l.match(pattern), i]).filter(([m]) => m);
  if (!matches.length)
    throw new Refusal(`Cannot find where to add ${key} in ${path}: no line like ${pattern}.`);
  const after = matches.find(([m]) => m[1] > key);
  const at = after ? after[1] : matches[matches.length - 1][1] + 1;
  lines.splice(at, 0, line);
  return lines.join('\n');
}

/** Adds `line` after the last line matching `pattern`. */
function insertAfterLast(text, path, pattern, line) {
  const lines = text.split('\n');
  let last = -1;
  lines.forEach((l, i) => pattern.test(l) && (last = i));
  if (last < 0)
    throw new Refusal(
      `Cannot find where to add "${line.trim()}" in ${path}: no line like ${pattern}.`,
    );
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}

/** Adds `id` to the object literal of the `call({ … })` call, in the style it is written. */
function addToCall(text, path, call, id) {
  const start = text.search(new RegExp(`^\\s*${call}\\(\\{`, 'm'));
  if (start < 0) throw new Refusal(`Cannot find ${call}({ … }) in ${path}.`);
  const open = text.indexOf('{', text.indexOf(`${call}(`, start));
  const close = text.indexOf('}', open);
  const inner = text.slice(open + 1, close);
  if (!/^[\s\w$,:]*$/.test(inner))
    throw new Refusal(`${call}({ … }) in ${path} holds more than names; add ${id} by hand.`);
  let replaced;
  if (inner.includes('\n')) {
    const indent = inner.match(/\n([ \t]*)\w/)?.[1] ?? '  ';
    const body = inner.replace(/,?\s*$/, '');
    replaced = `${body},\n${indent}${id},${inner.match(/\n[ \t]*$/)?.[0] ?? '\n'}`;
  } else {
    const names = inner
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    replaced = ` ${[...names, id].join(', ')} `;
  }
  return text.slice(0, open + 1) + replaced + text.slice(close);
}

/** A name for `import * as <id>` that the file does not use yet. */
function freeIdentifier(text, base) {
  for (const candidate of [base, `${base}Stories`, `${base}NewTag`]) {
    if (!RESERVED.has(candidate) && !new RegExp(`\\b${candidate}\\b`).test(text)) return candidate;
  }
  throw new Refusal(`No free import name for ${base}.`);
}

const storiesImport = (id, n) => `import * as ${id} from '../../stories/${n.name}.stories.js';`;
const STORIES_IMPORT = /^import \* as \w+ from '\.\.\/\.\.\/stories\/[\w.-]+\.js';$/;

function edits(n, area) {
  const out = [];
  const edit = (path, change) => out.push({ path, text: change(read(path)), kind: 'edit' });

  edit('src/index.ts', (text) =>
    insertSorted(
      text,
      'src/index.ts',
      /^import '\.\/components\/([\w-]+)\/rtk-[\w-]+\.js';$/,
      `import './components/${n.name}/${n.tag}.js';`,
      n.name,
    ),
  );
  edit('src/classes.ts', (text) =>
    insertSorted(
      text,
      'src/classes.ts',
      /^export \{[^}]*\} from '\.\/components\/([\w-]+)\/[\w-]+\.js';$/,
      `export { ${n.className} } from './components/${n.name}/${n.name}.js';`,
      n.name,
    ),
  );
  edit('src/i18n/en.ts', (text) => {
    const withImport = insertAfterLast(
      text,
      'src/i18n/en.ts',
      /^import \{ \w+ \} from '\.\/en\/[\w-]+\.js';$/,
      `import { ${n.stringsExport} } from './en/${n.name}.js';`,
    );
    const end = withImport.lastIndexOf('\n} as const;');
    if (end < 0)
      throw new Refusal('Cannot find the end of `en` (`} as const;`) in src/i18n/en.ts.');
    return `${withImport.slice(0, end)}\n  ...${n.stringsExport},${withImport.slice(end)}`;
  });
  for (const file of readdirSync(join(root, 'src/i18n/packs'))
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const path = `src/i18n/packs/${file}`;
    edit(path, (text) => {
      const end = text.lastIndexOf('\n  },\n};');
      if (end < 0)
        throw new Refusal(`Cannot find the end of the strings in ${path} (\`  },\` then \`};\`).`);
      const added = `\n    // English until translated (added by npm run new-tag):\n    '${n.keyArea}.people': '${ENGLISH}',`;
      return text.slice(0, end) + added + text.slice(end);
    });
  }
  edit('test/i18n/literals.test.ts', (text) => {
    const id = freeIdentifier(text, n.camel);
    const withImport = insertAfterLast(
      text,
      'test/i18n/literals.test.ts',
      STORIES_IMPORT,
      storiesImport(id, n),
    );
    return addToCall(withImport, 'test/i18n/literals.test.ts', 'checkStories', id);
  });
  if (area) {
    const path = `test/a11y/${area}.stories.test.ts`;
    if (!exists(path)) {
      const areas = readdirSync(join(root, 'test/a11y')).filter((f) =>
        f.endsWith('.stories.test.ts'),
      );
      throw new Refusal(
        `--area ${area}: there is no ${path}. Areas: ${areas.map((f) => f.replace('.stories.test.ts', '')).join(', ')}.`,
      );
    }
    edit(path, (text) => {
      const id = freeIdentifier(text, n.camel);
      const withImport = insertAfterLast(text, path, STORIES_IMPORT, storiesImport(id, n));
      return addToCall(withImport, path, 'auditStories', id);
    });
  }
  return out;
}

function plan(n, area) {
  const files = [
    { path: `src/components/${n.name}/${n.name}.ts`, text: componentFile(n) },
    { path: `src/components/${n.name}/${n.name}.styles.ts`, text: stylesFile(n) },
    { path: `src/components/${n.name}/${n.tag}.ts`, text: defineFile(n) },
    { path: `src/i18n/en/${n.name}.ts`, text: stringsFile(n) },
    { path: `stories/${n.name}.stories.ts`, text: storiesFile(n) },
    { path: `test/components/${n.name}.test.ts`, text: testFile(n) },
  ].map((f) => ({ ...f, kind: 'new' }));
  if (!area)
    files.push({
      path: `test/a11y/${n.name}.stories.test.ts`,
      text: a11yFile(n, freeIdentifier('', n.camel)),
      kind: 'new',
    });
  return [...files, ...edits(n, area)];
}

function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const n = namesOf(options.tag);
  checkFree(n);
  const files = plan(n, options.area);

  if (options.dryRun) {
    console.log(`${n.tag} (class ${n.className}), dry run: nothing is written.`);
    for (const f of files) console.log(`  ${f.kind === 'new' ? 'write' : 'edit '} ${f.path}`);
    console.log(options.analyze ? 'Then: npm run analyze' : 'Then: nothing (--no-analyze)');
    return 0;
  }

  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
    console.log(`${f.kind === 'new' ? 'wrote ' : 'edited'} ${f.path}`);
  }
  // In the repository's format (npm test checks it), whatever the templates above look like.
  const prettier = spawnSync(
    join(root, 'node_modules', '.bin', 'prettier'),
    ['--write', '--log-level=warn', ...files.map((f) => f.path)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (prettier.status !== 0) {
    console.error(
      `prettier failed (exit ${prettier.status ?? prettier.signal}); the files above are written.`,
    );
    return 1;
  }
  if (options.analyze) {
    console.log('\nnpm run analyze');
    const result = spawnSync('npm', ['run', 'analyze'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(
        `npm run analyze failed (exit ${result.status ?? result.signal}); the files above are written.`,
      );
      return 1;
    }
  }
  console.log(`
${n.tag} is ready. Next:
  - make it do its job in src/components/${n.name}/${n.name}.ts (JSDoc: @csspart, @cssprop, @fires),
    its strings in src/i18n/en/${n.name}.ts, and translate them in src/i18n/packs/*.ts
  - npx wtr --files test/components/${n.name}.test.ts
  - npm run analyze after changing its API${options.analyze ? '' : ' (skipped now: --no-analyze)'}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`new-tag: ${error.message}`);
  process.exitCode = 1;
}
