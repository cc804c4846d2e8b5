// `npm run new-tag` (scripts/new-tag.mjs): it refuses bad and taken names, and what it writes
// passes the suite untouched. The second part copies the repo's files (what git lists: tracked,
// plus new files not ignored) into a temporary folder, runs the generator there for
// rtk-generated-probe (with `npm run analyze`), then runs in that copy the type check, lint of the
// files it wrote or edited, the other Node tests (manifest freshness, entry points, stories and
// strings covered, SSR imports, …) and the new tag's browser tests in Chromium. The real repo is
// never written to. KEEP_NEW_TAG_COPY=1 keeps the copy for a look.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Commands started here are not children of this test run: without this, a nested `node --test`
// would report to this process instead of running as a test run of its own.
const env = { ...process.env, CI: 'true' };
delete env.NODE_TEST_CONTEXT;

/** Runs the generator in `cwd`'s copy of the script; returns its exit code and output. */
function generate(args, cwd = root) {
  const result = spawnSync(process.execPath, [join(cwd, 'scripts/new-tag.mjs'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test('refuses names that are not rtk- and kebab-case words, and says why', () => {
  for (const bad of [
    'foo-bar',
    'rtk-',
    'rtk-Foo',
    'rtk-foo--bar',
    'rtk-foo-',
    'rtk-foo_bar',
    'rtk-foo2',
    'Rtk-foo',
  ]) {
    const { code, output } = generate([bad, '--dry-run']);
    assert.equal(code, 1, `${bad} was accepted`);
    assert.match(
      output,
      /is not a tag name for this kit: it must be "rtk-" and then lowercase words/,
      bad,
    );
  }
  const none = generate(['--dry-run']);
  assert.equal(none.code, 1);
  assert.match(none.output, /Which tag\?\nUsage: npm run new-tag -- rtk-<name>/);
});

test('refuses a tag that exists, or whose class or files are taken', () => {
  const existing = generate(['rtk-participant-count', '--dry-run']);
  assert.equal(existing.code, 1);
  assert.match(
    existing.output,
    /rtk-participant-count already exists: it is defined in src\/components\/participant-count\/rtk-participant-count\.ts/,
  );
  const base = generate(['rtk-element', '--dry-run']);
  assert.equal(base.code, 1);
  assert.match(base.output, /class RtkElement, which src\/classes\.ts already exports/);
  const area = generate(['rtk-people', '--dry-run']);
  assert.equal(area.code, 1);
  assert.match(area.output, /would write over files that exist: src\/i18n\/en\/people\.ts/);
  const unknownArea = generate(['rtk-generated-probe', '--area', 'nowhere', '--dry-run']);
  assert.equal(unknownArea.code, 1);
  assert.match(
    unknownArea.output,
    /--area nowhere: there is no test\/a11y\/nowhere\.stories\.test\.ts\. Areas: /,
  );
});

test('--dry-run lists what it would write and edit, and writes nothing', () => {
  const { code, output } = generate(['rtk-generated-probe', '--dry-run']);
  assert.equal(code, 0, output);
  for (const line of [
    'write src/components/generated-probe/generated-probe.ts',
    'write src/components/generated-probe/generated-probe.styles.ts',
    'write src/components/generated-probe/rtk-generated-probe.ts',
    'write src/i18n/en/generated-probe.ts',
    'write stories/generated-probe.stories.ts',
    'write test/components/generated-probe.test.ts',
    'write test/a11y/generated-probe.stories.test.ts',
    'edit  src/index.ts',
    'edit  src/classes.ts',
    'edit  src/i18n/en.ts',
    'edit  test/i18n/literals.test.ts',
    'Then: npm run analyze',
  ]) {
    assert.ok(output.includes(line), `dry run does not say "${line}":\n${output}`);
  }
  for (const pack of readdirSync(join(root, 'src/i18n/packs')))
    assert.ok(output.includes(`edit  src/i18n/packs/${pack}`), pack);
  assert.equal(
    existsSync(join(root, 'src/components/generated-probe')),
    false,
    'the dry run wrote the component',
  );
  assert.equal(
    existsSync(join(root, 'stories/generated-probe.stories.ts')),
    false,
    'the dry run wrote the story',
  );
});

/** The repo's files as git lists them (tracked and new, not ignored), copied into `dir`. */
function copyRepo(dir) {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\0')
    .filter(Boolean);
  for (const file of new Set(files)) {
    const from = join(root, file);
    // (A tracked file deleted in the work tree is not copied.)
    const stat = existsSync(from) ? lstatSync(from) : undefined;
    if (!stat?.isFile() && !stat?.isSymbolicLink()) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    // A link stays a link (the effect files point into node_modules, which the copy links too).
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), join(dir, file));
    else copyFileSync(from, join(dir, file));
  }
  // node_modules of its own, each package linked: what tools write into it (the analyzer's check
  // folder, esbuild's cache) stays in the copy.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.cache' || entry.startsWith('.cem-check-')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** Runs a command in the copy; resolves with its exit code, output and seconds. */
function run(cwd, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

test(
  'rtk-generated-probe, made in a copy of the repo, passes the checks there untouched',
  { timeout: 10 * 60 * 1000 },
  async (t) => {
    if (spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status !== 0) {
      t.skip('not a git checkout: no file list to copy');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'rtk-new-tag-'));
    t.after(() =>
      process.env.KEEP_NEW_TAG_COPY
        ? t.diagnostic(`copy kept in ${dir}`)
        : rmSync(dir, { recursive: true, force: true }),
    );
    const bin = (name) => join(dir, 'node_modules/.bin', name);

    let started = Date.now();
    copyRepo(dir);
    t.diagnostic(`copied the repo in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    started = Date.now();
    const made = generate(['rtk-generated-probe'], dir);
    t.diagnostic(`generator with npm run analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(made.code, 0, made.output);
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    const declaration = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'rtk-generated-probe');
    assert.ok(
      declaration,
      'npm run analyze did not put rtk-generated-probe into custom-elements.json',
    );
    assert.ok(existsSync(join(dir, 'src/react/rtk-generated-probe.ts')), 'no React wrapper');

    const written = [
      'src/components/generated-probe',
      'src/i18n/en/generated-probe.ts',
      'stories/generated-probe.stories.ts',
      'test/components/generated-probe.test.ts',
      'test/a11y/generated-probe.stories.test.ts',
    ];
    const edited = [
      'src/index.ts',
      'src/classes.ts',
      'src/i18n/en.ts',
      'src/i18n/packs',
      'test/i18n/literals.test.ts',
    ];
    const nodeTests = readdirSync(join(dir, 'test/node'))
      .filter((f) => f.endsWith('.test.mjs') && f !== 'new-tag.test.mjs')
      .map((f) => `test/node/${f}`);
    const steps = await Promise.all([
      run(dir, bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']).then((r) => ({
        name: 'tsc',
        ...r,
      })),
      run(dir, bin('eslint'), ['--max-warnings=0', ...written, ...edited]).then((r) => ({
        name: 'eslint',
        ...r,
      })),
      run(dir, bin('prettier'), ['--check', ...written, ...edited]).then((r) => ({
        name: 'prettier',
        ...r,
      })),
      run(dir, process.execPath, ['--test', '--test-reporter=tap', ...nodeTests]).then((r) => ({
        name: 'node tests',
        ...r,
      })),
      run(dir, bin('wtr'), [
        '--files',
        'test/components/generated-probe.test.ts',
        '--files',
        'test/a11y/generated-probe.stories.test.ts',
      ]).then((r) => ({ name: 'wtr', ...r })),
    ]);
    for (const step of steps)
      t.diagnostic(`${step.name}: exit ${step.code}, ${step.seconds.toFixed(1)} s`);
    const failed = steps.filter((step) => step.code !== 0);
    assert.deepEqual(
      failed.map((step) => step.name),
      [],
      failed.map((step) => `── ${step.name} ──\n${step.output.slice(-6000)}`).join('\n'),
    );
    const node = steps.find((step) => step.name === 'node tests').output;
    assert.match(node, /^# pass [1-9]\d*$/m, 'the Node tests in the copy ran nothing');
    assert.match(node, /^# fail 0$/m);
    const wtr = steps.find((step) => step.name === 'wtr').output;
    assert.match(wtr, /5 passed, 0 failed/, 'the browser tests of the new tag did not all run');
  },
);
