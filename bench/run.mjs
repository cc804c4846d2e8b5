// `npm run bench`: bundle sizes (gzip) and, in Chromium, first-render times and the work one
// participant event causes. Fixed seed. Prints a table; writes bench/results/latest.json.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../scripts/chromium.mjs';
import { bundleApp } from './rollup-app.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/results');
const work = join(out, 'build');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const scenarioDir = join(root, 'bench/scenarios');
const onlyScenario = process.argv.includes('--scenario') ? process.argv[process.argv.indexOf('--scenario') + 1] : undefined;
mkdirSync(work, { recursive: true });

const TSCONFIG_RAW = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

/** The kit's own modules with their templates minified, as dist/ ships them (rollup.config.mjs). */
const minifiedTemplates = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: minifyTemplates(readFileSync(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

const esbuildOptions = {
  plugins: [minifiedTemplates],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.json'),
  write: false,
  legalComments: 'none',
  logLevel: 'error',
};

async function gzipOf(entry) {
  const result = await build({ ...esbuildOptions, entryPoints: [join(root, entry)] });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * Size of what a page loads up front for `entry`: the entry chunk and every chunk it imports
 * statically. Code split off behind `await import()` (e.g. the tile menu) is left out, as the
 * browser fetches it only on first use; its size is reported as `lazy`.
 */
async function eagerGzipOf(entry) {
  const result = await build({
    ...esbuildOptions,
    entryPoints: [entry],
    absWorkingDir: root,
    splitting: true,
    outdir: join(work, 'size'),
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const abs = (p) => join(root, p);
  // Lazy chunks are entry points too: pick the output of `entry` itself.
  const entryOut = Object.keys(outputs).find((p) => outputs[p].entryPoint === entry);
  const eager = new Set();
  const visit = (p) => {
    if (eager.has(p)) return;
    eager.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryOut);
  const concat = (paths) => Buffer.concat(paths.map((p) => Buffer.from(byPath.get(abs(p)) ?? [])));
  const code = concat([...eager]);
  const lazy = concat(Object.keys(outputs).filter((p) => !eager.has(p) && p.endsWith('.js')));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    lazyGzip: lazy.length ? gzipSync(lazy, { level: 9 }).length : 0,
  };
}

async function litOnly() {
  const result = await build({
    ...esbuildOptions,
    stdin: { contents: "export * from 'lit'; export * from 'lit/decorators.js'; export * from '@lit/context';", resolveDir: root },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** One wrapper imported from the React index, as an app would: the rest of the index must shake off. */
async function reactWrapperGzip() {
  const result = await build({
    ...esbuildOptions,
    external: ['react', 'react-dom'],
    stdin: { contents: "export { RtkMicToggle } from './src/react/index.js';", resolveDir: root, loader: 'ts' },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * Each `bench/scenarios/<name>.ts` is a browser module that sets `window.benchScenario` to an
 * async function returning table rows `{ measure, value, notes }`. Each runs in its own page.
 */
async function runScenarios(browser, names) {
  const rows = [];
  for (const name of names) {
    const dir = join(work, `scenario-${name}`);
    await build({ ...esbuildOptions, entryPoints: [join(scenarioDir, `${name}.ts`)], write: true, outfile: join(dir, 'page.js') });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="page.js"></script>');
    const server = createServer((req, res) => {
      const file = req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0];
      try {
        const body = readFileSync(join(dir, file));
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 720 });
      page.on('pageerror', (e) => console.error(`${name}: page error:`, e.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'benchScenario' in window, { timeout: 30000 });
      const result = await page.evaluate(() => window.benchScenario());
      for (const r of result) rows.push({ scenario: name, ...r });
    } finally {
      await page.close();
      server.close();
    }
  }
  return rows;
}

const scenarioNames = existsSync(scenarioDir)
  ? readdirSync(scenarioDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort()
  : [];

if (onlyScenario) {
  if (!scenarioNames.includes(onlyScenario)) throw new Error(`no bench/scenarios/${onlyScenario}.ts`);
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'] });
  try {
    for (const r of await runScenarios(browser, [onlyScenario])) console.log(`| ${r.measure} | ${r.value} | ${r.notes} |`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('Bundle sizes (minified, production Lit bundled in, gzip -9)…');
const sizes = {
  'full bundle (every tag)': await gzipOf('src/index.ts'),
  'rtk-meeting (what a joined meeting renders)': await gzipOf('src/components/meeting/rtk-meeting.ts'),
  'rtk-participant-tile alone': await gzipOf('src/components/participant-tile/rtk-participant-tile.ts'),
  'rtk-participant-tile alone, up front (menu split off)': await eagerGzipOf('src/components/participant-tile/rtk-participant-tile.ts'),
  'rtk-participant-setup alone, up front': await eagerGzipOf('src/components/participant-setup/rtk-participant-setup.ts'),
  'rtk-mic-toggle alone, up front': await eagerGzipOf('src/components/mic-toggle/rtk-mic-toggle.ts'),
  'React: { RtkMicToggle } from realtimekit-lit/react (React itself not counted)': await reactWrapperGzip(),
  'of which Lit + @lit/context': await litOnly(),
};

/**
 * What a page really loads for a joined meeting: bundles rtk-meeting as an app's production build
 * would (Rollup, as Vite does: see bench/rollup-app.mjs), the demo meeting as a separate bundle
 * (it stands in for the SDK, so it is not our load), opens a joined meeting in Chromium, and sums
 * the gzip size of every kit script the page requested, lazy chunks included once fetched.
 */
async function joinedMeetingBytes(browser, preset) {
  const dir = join(work, 'joined');
  rmSync(dir, { recursive: true, force: true });
  await bundleApp({ joined: join(root, 'bench/joined.ts') }, dir, TSCONFIG_RAW);
  await build({ ...esbuildOptions, entryPoints: [join(root, 'src/demo/index.ts')], write: true, outfile: join(dir, 'demo.js') });
  writeFileSync(join(dir, 'index.html'), readFileSync(join(root, 'bench/joined.html')));
  const demoOnly = new Set(['demo.js']);
  const requested = new Set();
  const server = createServer((req, res) => {
    const file = req.url === '/' || req.url.startsWith('/?') ? 'index.html' : req.url.slice(1).split('?')[0];
    try {
      const body = readFileSync(join(dir, file));
      if (file.endsWith('.js')) requested.add(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`http://127.0.0.1:${server.address().port}/?preset=${preset}`, { waitUntil: 'load' });
    await page.waitForSelector('rtk-meeting >>> rtk-participant-tile', { timeout: 60000 });
    await page.waitForNetworkIdle({ idleTime: 500 });
    await page.close();
  } finally {
    server.close();
  }
  const kitFiles = [...requested].filter((f) => !demoOnly.has(f));
  const gzip = kitFiles.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return { gzip, files: kitFiles.length };
}

console.log('Browser timings (Chromium, headless)…');
await build({ ...esbuildOptions, entryPoints: [join(root, 'bench/page.ts')], write: true, outfile: join(work, 'page.js') });
writeFileSync(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="page.js"></script>');
const server = createServer((req, res) => {
  const file = req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0];
  try {
    const body = readFileSync(join(work, file));
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'] });
const timings = {};
const work_ = {};
const events = {};
const frameBudget = {};
const joined = {};
const scenarioRows = [];
try {
  for (const preset of ['host', 'participant', 'webinar-viewer']) {
    joined[`joined meeting, ${preset}: kit + Lit actually loaded`] = await joinedMeetingBytes(browser, preset);
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  for (const people of [4, 25, 100]) {
    await page.evaluate((n) => window.bench.firstRender(n), people); // warm-up
    const runs = [];
    let tiles = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await page.evaluate((n) => window.bench.firstRender(n), people);
      runs.push(r.ms);
      tiles = r.tiles;
    }
    timings[`first render, ${people} people`] = { medianMs: median(runs), runs, tiles };
  }
  for (const people of [25, 100]) {
    const r = await page.evaluate((n) => window.bench.updatesPerMicToggle(n), people);
    work_[`Lit updates per remote mic toggle, ${people} people`] = r;
  }
  for (const people of [25, 100]) {
    await page.evaluate((n) => window.bench.eventCost(n, 3), people); // warm-up
    const r = await page.evaluate((n) => window.bench.eventCost(n), people);
    events[`one participant event (mic toggle), ${people} people`] = r;
  }
  frameBudget['25 people talking (voices re-scripted every 100 ms), 3 s'] = await page.evaluate(() => window.bench.audioLevelFrames(25, 3000));
  await page.evaluate(() => window.bench.cleanup());
  await page.close();
  scenarioRows.push(...(await runScenarios(browser, scenarioNames)));
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const rows = [
  ...Object.entries(joined).map(([name, j]) => [name, `${kb(j.gzip)} gzip`, `${j.files} script files requested (budget 45 KB)`]),
  ...Object.entries(sizes).map(([name, s]) => [
    name,
    `${kb(s.gzip)} gzip`,
    `${kb(s.raw)} min${s.lazyGzip ? `; + ${kb(s.lazyGzip)} gzip loaded on demand` : ''}`,
  ]),
  ...Object.entries(timings).map(([name, t]) => [name, `${t.medianMs.toFixed(1)} ms median`, `${t.tiles} tiles, ${RUNS} runs`]),
  ...Object.entries(work_).map(([name, w]) => [name, `${w.updates} updates`, `${w.tiles} tiles on screen`]),
  ...Object.entries(events).map(([name, e]) => [
    name,
    `${e.scriptMs.toFixed(2)} ms script, ${e.frameMs.toFixed(1)} ms to painted frame (median)`,
    `${e.updates} Lit updates, ${e.tiles} tiles on screen`,
  ]),
  ...Object.entries(frameBudget).map(([name, f]) => [
    name,
    `${f.dropped} dropped / ${f.longFrames} long of ${f.frames} frames (median ${f.medianFrameMs.toFixed(1)} ms, worst ${f.worstMs.toFixed(1)} ms)`,
    `${f.litUpdates} Lit updates, ${f.levelChangesPerTilePerSecond.toFixed(1)} level changes/tile/s, ${f.tiles} tiles`,
  ]),
  ...scenarioRows.map((r) => [r.measure, r.value, r.notes]),
];
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log();
console.log(`| ${'measure'.padEnd(widths[0])} | ${'value'.padEnd(widths[1])} | ${'notes'.padEnd(widths[2])} |`);
console.log(`|${'-'.repeat(widths[0] + 2)}|${'-'.repeat(widths[1] + 2)}|${'-'.repeat(widths[2] + 2)}|`);
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);

const result = { date: new Date().toISOString(), node: process.version, runs: RUNS, joined, sizes, timings, work: work_, events, frameBudget, scenarios: scenarioRows };
writeFileSync(join(out, 'latest.json'), JSON.stringify(result, null, 2));
console.log(`\nwritten to bench/results/latest.json`);
