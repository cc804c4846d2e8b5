// `npm test`: the whole suite. Type check, lint, format and the Node tests (manifest freshness, SSR-safe
// imports, …) run beside the examples (each built and walked through in Chromium, then the demo
// walked through in Firefox and WebKit: test/examples/engines.mjs), each lane on one core; then the
// browser tests in Chromium, and a subset of them in Firefox (web-test-runner.firefox.config.mjs).
// An engine that is not installed fails in CI (CI=true) and is skipped, saying how to install it,
// elsewhere. Prints a table of the steps and ends with the totals: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureEngines, INSTALL_HINT } from './engines.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'rtk-test-'));

/**
 * Runs a command; resolves with its exit code and output. The output is printed as it comes
 * (`live`), or kept and printed under the step's heading when it ends (steps running side by side).
 */
function run(command, args, { env = {}, live = true } = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (live && process.stdout.write(d), (output += d)));
    child.stderr.on('data', (d) => (live && process.stderr.write(d), (output += d)));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const steps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
function record(name, passed, failed, skipped = 0, note = '') {
  steps.push({ name, passed, failed, skipped, note });
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}
const heading = (text) => console.log(`\n── ${text} ${'─'.repeat(Math.max(0, 70 - text.length))}`);

/** A step of a lane: runs quietly, then prints its heading, output and time at once. */
async function quietStep(title, command, args) {
  const started = Date.now();
  const result = await run(command, args, { live: false });
  heading(`${title} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.stdout.write(
    result.output.endsWith('\n') || !result.output ? result.output : `${result.output}\n`,
  );
  return result;
}

/** TAP footer counts (`# pass N`, `# fail N`, …) of a step's output. */
const tapCount = (output, key) =>
  Number(output.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);

async function checksLane() {
  const tsc = await quietStep('Type check (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  record('typecheck', tsc.code === 0 ? 1 : 0, tsc.code === 0 ? 0 : 1);

  const lint = await quietStep('Lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
  record('lint', lint.code === 0 ? 1 : 0, lint.code === 0 ? 0 : 1);

  const format = await quietStep(
    'Format (prettier --check; npm run format writes it)',
    bin('prettier'),
    ['--check', '.', '--log-level=warn'],
  );
  record('format', format.code === 0 ? 1 : 0, format.code === 0 ? 0 : 1);

  const node = await quietStep('Node tests (node --test test/node/)', process.execPath, [
    '--test',
    '--test-reporter=tap',
    'test/node/',
  ]);
  const counts = {
    passed: tapCount(node.output, 'pass'),
    failed: tapCount(node.output, 'fail') + tapCount(node.output, 'cancelled'),
    skipped: tapCount(node.output, 'skipped') + tapCount(node.output, 'todo'),
  };
  if (node.code !== 0 && counts.failed === 0) counts.failed = 1;
  const ranNothing = counts.passed + counts.failed === 0;
  if (ranNothing) counts.failed = 1;
  record(
    'node tests',
    counts.passed,
    counts.failed,
    counts.skipped,
    ranNothing ? 'ran nothing' : '',
  );
}

async function examplesLane() {
  const examples = await quietStep(
    'Examples (node scripts/examples.mjs: build each, same walkthrough in Chromium)',
    process.execPath,
    ['scripts/examples.mjs'],
  );
  const counts = {
    passed: tapCount(examples.output, 'pass'),
    failed: tapCount(examples.output, 'fail'),
  };
  if (examples.code !== 0 && counts.failed === 0) counts.failed = 1;
  const ranNothing = counts.passed + counts.failed === 0;
  if (ranNothing) counts.failed = 1;
  record('examples', counts.passed, counts.failed, 0, ranNothing ? 'ran nothing' : '');
  await enginesLane();
}

/** The demo walked through in Firefox and WebKit (after the examples, on the same core). */
async function enginesLane() {
  const engines = await quietStep(
    'Engines (node test/examples/engines.mjs: the demo walked through in Firefox and WebKit)',
    process.execPath,
    ['test/examples/engines.mjs'],
  );
  const counts = {
    passed: tapCount(engines.output, 'pass'),
    failed: tapCount(engines.output, 'fail'),
    skipped: tapCount(engines.output, 'skipped'),
  };
  if (engines.code !== 0 && counts.failed === 0) counts.failed = 1;
  const ranNothing = counts.passed + counts.failed + counts.skipped === 0;
  if (ranNothing) counts.failed = 1;
  const note = ranNothing ? 'ran nothing' : counts.skipped ? `engine missing: ${INSTALL_HINT}` : '';
  record('engines', counts.passed, counts.failed, counts.skipped, note);
}

try {
  heading('Chromium');
  const chromium = ensureChromium();
  console.log(chromium);
  // Firefox ESR and WebKitGTK (Debian packages; apt-get installs them when root, as for Chromium).
  const engines = ensureEngines();
  console.log(
    `Firefox: ${engines.firefox ?? 'missing'}; WebKit: ${engines.webkit ? engines.webkit.browser : 'missing'}${engines.firefox && engines.webkit ? '' : ` (${INSTALL_HINT})`}`,
  );

  console.log(
    '\nType check, lint and Node tests run beside the examples; each step prints when it ends.',
  );
  await Promise.all([checksLane(), examplesLane()]);

  heading('Browser tests (web-test-runner, Chromium)');
  const totalsFile = join(work, 'wtr-totals.json');
  const wtr = await run(bin('web-test-runner'), [], { env: { WTR_TOTALS_FILE: totalsFile } });
  let browser = { passed: 0, failed: 0, skipped: 0 };
  try {
    browser = JSON.parse(readFileSync(totalsFile, 'utf8'));
  } catch {
    browser.failed = 1; // the runner died before reporting
  }
  if (wtr.code !== 0 && browser.failed === 0) browser.failed = 1;
  const ranNothing = browser.passed + browser.failed === 0;
  if (ranNothing) browser.failed = 1;
  record(
    'browser tests',
    browser.passed,
    browser.failed,
    browser.skipped,
    ranNothing ? 'ran nothing' : '',
  );

  // A subset in Firefox (web-test-runner.firefox.config.mjs): skipped, saying how to install it,
  // where Firefox is missing (failed in CI).
  heading('Browser tests (web-test-runner, Firefox: a subset)');
  if (!engines.firefox) {
    const ci = /^(1|true)$/i.test(process.env.CI ?? '');
    console.log(`Firefox is not installed. Install: ${INSTALL_HINT}`);
    record(
      'browser tests (Firefox)',
      0,
      ci ? 1 : 0,
      ci ? 0 : 1,
      `Firefox missing: ${INSTALL_HINT}`,
    );
  } else {
    const firefoxTotals = join(work, 'wtr-firefox-totals.json');
    const started = Date.now();
    const wtrFirefox = await run(
      bin('web-test-runner'),
      ['--config', 'web-test-runner.firefox.config.mjs'],
      { env: { WTR_TOTALS_FILE: firefoxTotals } },
    );
    let counts = { passed: 0, failed: 0, skipped: 0 };
    try {
      counts = JSON.parse(readFileSync(firefoxTotals, 'utf8'));
    } catch {
      counts.failed = 1;
    }
    if (wtrFirefox.code !== 0 && counts.failed === 0) counts.failed = 1;
    const none = counts.passed + counts.failed === 0;
    if (none) counts.failed = 1;
    record(
      'browser tests (Firefox)',
      counts.passed,
      counts.failed,
      counts.skipped,
      none ? 'ran nothing' : `${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  record('setup', 0, 1, 0, 'aborted');
} finally {
  rmSync(work, { recursive: true, force: true });
}

heading('Summary');
const order = [
  'setup',
  'typecheck',
  'lint',
  'node tests',
  'examples',
  'engines',
  'browser tests',
  'browser tests (Firefox)',
];
steps.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
for (const s of steps) {
  console.log(
    `${s.name.padEnd(24)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed ${s.skipped ? `${s.skipped} skipped ` : ''}${s.note}`,
  );
}
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exitCode = totals.failed > 0 ? 1 : 0;
