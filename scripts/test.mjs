// `npm test`: the whole suite. Type check, lint, Node tests (manifest freshness, SSR-safe imports, …),
// the examples (each built and walked through in Chromium), then the browser tests in Chromium. Prints a table of the steps and ends with the totals: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'rtk-test-'));

/** Runs a command with inherited output; resolves with its exit code. Output is also captured. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (process.stdout.write(d), (output += d)));
    child.stderr.on('data', (d) => (process.stderr.write(d), (output += d)));
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

try {
  heading('Chromium');
  const chromium = ensureChromium();
  console.log(chromium);

  heading('Type check (tsc)');
  const tsc = await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  record('typecheck', tsc.code === 0 ? 1 : 0, tsc.code === 0 ? 0 : 1);

  heading('Lint (eslint)');
  const lint = await run(bin('eslint'), ['.', '--max-warnings=0']);
  record('lint', lint.code === 0 ? 1 : 0, lint.code === 0 ? 0 : 1);

  heading('Node tests (node --test test/node/)');
  const node = await run(process.execPath, ['--test', '--test-reporter=tap', 'test/node/']);
  const tap = (key) => Number(node.output.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const nodeCounts = { passed: tap('pass'), failed: tap('fail') + tap('cancelled'), skipped: tap('skipped') + tap('todo') };
  if (node.code !== 0 && nodeCounts.failed === 0) nodeCounts.failed = 1;
  const nodeRanNothing = nodeCounts.passed + nodeCounts.failed === 0;
  if (nodeRanNothing) nodeCounts.failed = 1;
  record('node tests', nodeCounts.passed, nodeCounts.failed, nodeCounts.skipped, nodeRanNothing ? 'ran nothing' : '');

  heading('Examples (node scripts/examples.mjs: build each, same walkthrough in Chromium)');
  const examples = await run(process.execPath, ['scripts/examples.mjs']);
  const count = (key) => Number(examples.output.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const exampleCounts = { passed: count('pass'), failed: count('fail') };
  if (examples.code !== 0 && exampleCounts.failed === 0) exampleCounts.failed = 1;
  const examplesRanNothing = exampleCounts.passed + exampleCounts.failed === 0;
  if (examplesRanNothing) exampleCounts.failed = 1;
  record('examples', exampleCounts.passed, exampleCounts.failed, 0, examplesRanNothing ? 'ran nothing' : '');

  heading('Browser tests (web-test-runner, Chromium)');
  const totalsFile = join(work, 'wtr-totals.json');
  const wtr = await run(bin('web-test-runner'), [], { WTR_TOTALS_FILE: totalsFile });
  let browser = { passed: 0, failed: 0, skipped: 0 };
  try {
    browser = JSON.parse(readFileSync(totalsFile, 'utf8'));
  } catch {
    browser.failed = 1; // the runner died before reporting
  }
  if (wtr.code !== 0 && browser.failed === 0) browser.failed = 1;
  const ranNothing = browser.passed + browser.failed === 0;
  if (ranNothing) browser.failed = 1;
  record('browser tests', browser.passed, browser.failed, browser.skipped, ranNothing ? 'ran nothing' : '');
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  record('setup', 0, 1, 0, 'aborted');
} finally {
  rmSync(work, { recursive: true, force: true });
}

heading('Summary');
for (const s of steps) {
  console.log(`${s.name.padEnd(16)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed ${s.skipped ? `${s.skipped} skipped ` : ''}${s.note}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
