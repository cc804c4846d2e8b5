// `npm run bench`: bundle sizes (gzip) and, in Chromium, first-render times and the work one
// participant event causes. Fixed seed. Prints a table; writes bench/results/latest.json.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../scripts/chromium.mjs';
import {
  CDN_JOINED_BUDGET,
  JOINED_BUDGET,
  TILE_ENTRY,
  eagerGzipOf,
  esbuildOptions,
  gzipOf,
  kb,
  litOnly,
  measureJoinedBytes,
  reactWrapperGzip,
} from './bytes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/results');
const work = join(out, 'build');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** `--stage`: only the stage rows (first renders, per-event work), for quick checks while working. */
const stageOnly = process.argv.includes('--stage');
const scenarioDir = join(root, 'bench/scenarios');
const onlyScenario = process.argv.includes('--scenario')
  ? process.argv[process.argv.indexOf('--scenario') + 1]
  : undefined;
mkdirSync(work, { recursive: true });

/**
 * Each `bench/scenarios/<name>.ts` is a browser module that sets `window.benchScenario` to an
 * async function returning table rows `{ measure, value, notes }`. Each runs in its own page.
 */
async function runScenarios(browser, names) {
  const rows = [];
  for (const name of names) {
    const dir = join(work, `scenario-${name}`);
    await build({
      ...esbuildOptions,
      entryPoints: [join(scenarioDir, `${name}.ts`)],
      write: true,
      outfile: join(dir, 'page.js'),
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="page.js"></script>',
    );
    const server = createServer((req, res) => {
      const file = req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0];
      try {
        // The files of the built-in effects, where the bundled page's `new URL('./effect-assets/…',
        // import.meta.url)` points (beside page.js).
        const body = file.startsWith('effect-assets/')
          ? readFileSync(join(root, 'src/effects', file.replace(/\.\.+/g, '')))
          : readFileSync(join(dir, file));
        res.writeHead(200, {
          'content-type': file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.wasm')
              ? 'application/wasm'
              : file.endsWith('.html')
                ? 'text/html'
                : 'application/octet-stream',
        });
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
  ? readdirSync(scenarioDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .sort()
  : [];

if (onlyScenario) {
  if (!scenarioNames.includes(onlyScenario))
    throw new Error(`no bench/scenarios/${onlyScenario}.ts`);
  const browser = await puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    for (const r of await runScenarios(browser, [onlyScenario]))
      console.log(`| ${r.measure} | ${r.value} | ${r.notes} |`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('Bundle sizes (minified, production Lit bundled in, gzip -9)…');
const sizes = stageOnly
  ? {}
  : {
      'full bundle (every tag)': await gzipOf('src/index.ts'),
      'rtk-meeting (what a joined meeting renders)': await gzipOf(
        'src/components/meeting/rtk-meeting.ts',
      ),
      'rtk-participant-tile alone': await gzipOf(
        'src/components/participant-tile/rtk-participant-tile.ts',
      ),
      'rtk-participant-tile alone, up front (menu split off)': await eagerGzipOf(TILE_ENTRY),
      'rtk-participant-setup alone, up front': await eagerGzipOf(
        'src/components/participant-setup/rtk-participant-setup.ts',
      ),
      'rtk-mic-toggle alone, up front': await eagerGzipOf(
        'src/components/mic-toggle/rtk-mic-toggle.ts',
      ),
      'React: { RtkMicToggle } from realtimekit-lit/react (React itself not counted)':
        await reactWrapperGzip(),
      'of which Lit + @lit/context': await litOnly(),
    };

console.log('Browser timings (Chromium, headless)…');
await build({
  ...esbuildOptions,
  entryPoints: [join(root, 'bench/page.ts')],
  write: true,
  outfile: join(work, 'page.js'),
});
writeFileSync(
  join(work, 'index.html'),
  '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="page.js"></script>',
);
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

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'],
});
const timings = {};
const work_ = {};
const events = {};
const frameBudget = {};
const perToggle = {};
const joined = {};
const scenarioRows = [];
try {
  // What a page really loads for a joined meeting, per preset (bench/bytes.mjs; npm test holds it to the budget).
  for (const [preset, bytes] of Object.entries(
    stageOnly ? {} : await measureJoinedBytes({ browser }),
  )) {
    joined[`joined meeting, ${preset}: kit + Lit actually loaded`] = bytes;
  }
  // The same from the CDN build (dist/cdn, from `npm run build`: the examples lane holds it to its
  // budget), when there is one.
  if (!stageOnly && existsSync(join(root, 'dist/cdn/realtimekit-lit.js'))) {
    const cdn = join(root, 'dist/cdn');
    const { host } = await measureJoinedBytes({ presets: ['host'], cdn, browser });
    joined['joined meeting, host, from the CDN build (dist/cdn)'] = host;
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  for (const people of [4, 25, 100]) {
    await page.evaluate((n) => window.bench.firstRender(n), people); // warm-up
    const runs = [];
    const demo = [];
    let tiles = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await page.evaluate((n) => window.bench.firstRender(n), people);
      runs.push(r.ms);
      demo.push(r.demoMs);
      tiles = r.tiles;
    }
    timings[`first render, ${people} people`] = {
      medianMs: median(runs),
      runs,
      tiles,
      demoSetupMs: median(demo),
    };
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
  // What one remote mic toggle changes (shadow roots with DOM mutations) and costs in style
  // recalculation (Chromium's own counters, CDP Performance.getMetrics, over 10 toggles).
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  for (const people of [25, 100]) {
    const roots = await page.evaluate((n) => window.bench.shadowRootsPerMicToggle(n), people);
    const TOGGLES = 10;
    await page.evaluate(() => window.bench.toggleMic(1)); // warm-up
    const before = await metrics();
    for (let i = 0; i < TOGGLES; i++) await page.evaluate((k) => window.bench.toggleMic(k), i);
    const after = await metrics();
    perToggle[
      `one remote mic toggle, ${people} people: shadow roots changed, style recalculation`
    ] = {
      ...roots,
      recalcCount: (after.RecalcStyleCount - before.RecalcStyleCount) / TOGGLES,
      recalcMs: ((after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000) / TOGGLES,
      layoutMs: ((after.LayoutDuration - before.LayoutDuration) * 1000) / TOGGLES,
    };
  }
  await cdp.detach();
  if (!stageOnly)
    frameBudget['25 people talking (voices re-scripted every 100 ms), 3 s'] = await page.evaluate(
      () => window.bench.audioLevelFrames(25, 3000),
    );
  await page.evaluate(() => window.bench.cleanup());
  await page.close();
  if (!stageOnly) scenarioRows.push(...(await runScenarios(browser, scenarioNames)));
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const rows = [
  ...Object.entries(joined).map(([name, j]) => [
    name,
    `${kb(j.gzip)} gzip`,
    `${j.files} script files requested (budget ${kb(name.includes('CDN') ? CDN_JOINED_BUDGET : JOINED_BUDGET)})`,
  ]),
  ...Object.entries(sizes).map(([name, s]) => [
    name,
    `${kb(s.gzip)} gzip`,
    `${kb(s.raw)} min${s.lazyGzip ? `; + ${kb(s.lazyGzip)} gzip loaded on demand` : ''}`,
  ]),
  ...Object.entries(timings).map(([name, t]) => [
    name,
    `${t.medianMs.toFixed(1)} ms median`,
    `${t.tiles} tiles, ${RUNS} runs; the demo's own setup (people, voices, the first page's cameras) before the clock: ${t.demoSetupMs.toFixed(0)} ms`,
  ]),
  ...Object.entries(work_).map(([name, w]) => [
    name,
    `${w.updates} updates`,
    `${w.tiles} tiles on screen`,
  ]),
  ...Object.entries(events).map(([name, e]) => [
    name,
    `${e.scriptMs.toFixed(2)} ms script, ${e.frameMs.toFixed(1)} ms to painted frame (median)`,
    `${e.updates} Lit updates, ${e.tiles} tiles on screen`,
  ]),
  ...Object.entries(perToggle).map(([name, r]) => [
    name,
    `${r.roots} shadow root(s) changed (${r.hosts.join(', ')}); style recalc ${r.recalcMs.toFixed(2)} ms in ${r.recalcCount.toFixed(1)} passes, layout ${r.layoutMs.toFixed(2)} ms`,
    `${r.updates} Lit updates (${Object.entries(r.byTag)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}); CDP metrics over 10 toggles`,
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
console.log(
  `| ${'measure'.padEnd(widths[0])} | ${'value'.padEnd(widths[1])} | ${'notes'.padEnd(widths[2])} |`,
);
console.log(
  `|${'-'.repeat(widths[0] + 2)}|${'-'.repeat(widths[1] + 2)}|${'-'.repeat(widths[2] + 2)}|`,
);
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  joined,
  sizes,
  timings,
  work: work_,
  events,
  perToggle,
  frameBudget,
  scenarios: scenarioRows,
};
if (!stageOnly) writeFileSync(join(out, 'latest.json'), JSON.stringify(result, null, 2));
console.log(`\nwritten to bench/results/latest.json`);
