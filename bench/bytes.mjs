// The byte figures of `npm run bench`, and of the size budget that `npm test` enforces
// (test/node/size-budget.test.mjs): both call these functions, so they cannot disagree. Bytes
// are gzip -9 of minified code with production Lit bundled in; 1 KB is 1024 bytes.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../scripts/chromium.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';
import { bundleApp } from './rollup-app.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const KB = 1024;
/** The most a joined meeting may load (kit + Lit, lazy chunks included): `npm test` fails above it. */
export const JOINED_BUDGET = 45 * KB;
/** What one `rtk-participant-tile` single-tag import should load up front: a goal, reported only. */
export const TILE_GOAL = 12 * KB;
/** The files `file` (in `dir`) imports statically, itself included, as paths from `dir`. */
function staticClosure(dir, file, found = new Set()) {
  if (found.has(file)) return found;
  found.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.[^"']+)["']/g,
  )) {
    const path = new URL(spec, `file:///${base}`).pathname.slice(1);
    staticClosure(dir, path, found);
  }
  return found;
}

/** In a CDN build: the chunks the demo meeting's bundle needs and the kit's does not. */
function demoOnlyChunks(dir) {
  const kit = staticClosure(dir, 'realtimekit-lit.js');
  return new Set([...staticClosure(dir, 'demo.js')].filter((file) => !kit.has(file)));
}

/** The most a joined meeting may load from the CDN build: the examples lane fails above it. */
export const CDN_JOINED_BUDGET = 50 * KB;
/** The presets a joined meeting is measured in. */
export const JOINED_PRESETS = ['host', 'participant', 'webinar-viewer'];
/** The single-tag import the tile goal is about. */
export const TILE_ENTRY = 'src/components/participant-tile/rtk-participant-tile.ts';

export const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

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

/** How the bench bundles with esbuild: minified, production Lit, the kit's templates minified. */
export const esbuildOptions = {
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

/** Size of `entry` (a path from the repo root) as one bundle. */
export async function gzipOf(entry) {
  const result = await build({ ...esbuildOptions, entryPoints: [join(root, entry)] });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzip(code) };
}

/**
 * Size of what a page loads up front for `entry` (a path from the repo root): the entry chunk and
 * every chunk it imports statically. Code split off behind `await import()` (e.g. the tile menu)
 * is left out, as the browser fetches it only on first use; its size is reported as `lazyGzip`.
 */
export async function eagerGzipOf(entry) {
  const result = await build({
    ...esbuildOptions,
    entryPoints: [entry],
    absWorkingDir: root,
    splitting: true,
    // Nothing is written (write: false); the directory only names the output files.
    outdir: join(root, 'bench/results/build/size'),
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
    for (const i of outputs[p].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryOut);
  const concat = (paths) => Buffer.concat(paths.map((p) => Buffer.from(byPath.get(abs(p)) ?? [])));
  const code = concat([...eager]);
  const lazy = concat(Object.keys(outputs).filter((p) => !eager.has(p) && p.endsWith('.js')));
  return { raw: code.length, gzip: gzip(code), lazyGzip: lazy.length ? gzip(lazy) : 0 };
}

/** Lit and @lit/context alone, as the kit uses them. */
export async function litOnly() {
  const result = await build({
    ...esbuildOptions,
    stdin: {
      contents:
        "export * from 'lit'; export * from 'lit/decorators.js'; export * from '@lit/context';",
      resolveDir: root,
    },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzip(code) };
}

/** One wrapper imported from the React index, as an app would: the rest of the index must shake off. */
export async function reactWrapperGzip() {
  const result = await build({
    ...esbuildOptions,
    external: ['react', 'react-dom'],
    stdin: {
      contents: "export { RtkMicToggle } from './src/react/index.js';",
      resolveDir: root,
      loader: 'ts',
    },
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzip(code) };
}

const TSCONFIG_RAW = {
  compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
};

/** Serves the files of `dir` on 127.0.0.1; `/` (with any query) is index.html. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const file =
      req.url === '/' || req.url.startsWith('/?') ? 'index.html' : req.url.slice(1).split('?')[0];
    try {
      const body = readFileSync(join(dir, file));
      res.writeHead(200, {
        'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * No kit element in the page's composed tree has an update pending. (Tags whose code loads on
 * first use, such as the tile menu's `rtk-menu`, stay undefined while nobody opens them.)
 */
function kitSettled() {
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('rtk-') && el.isUpdatePending) return false;
      if (el.shadowRoot && !walk(el.shadowRoot)) return false;
    }
    return true;
  };
  return walk(document);
}

/**
 * What a page really loads for a joined meeting, per preset: bundles `rtk-meeting` from src/ as an
 * app's production build would (Rollup, as Vite does: see bench/rollup-app.mjs), the demo meeting
 * as a separate bundle (it stands in for the SDK, so it is not our load), opens a joined meeting
 * of six people in Chromium (bench/joined.html) and sums the gzip size of every kit script the
 * page requested, lazy chunks included once fetched. A page is measured once its tiles have
 * rendered, no kit element in it has an update pending, and the network has been idle for 500 ms.
 *
 * `browser`: a puppeteer browser to open the pages in (else one is launched and closed).
 * `cdn`: the folder of a CDN build (`dist/cdn`) to measure instead: its `realtimekit-lit.js`, the
 * chunks it fetches, and its own `demo.js` (left out of the sum, with `joined.js`, a one-line
 * import of the bundle).
 * @returns `{ [preset]: { gzip, files, chunks: [{ file, gzip }] } }`, chunks largest first.
 */
export async function measureJoinedBytes({ presets = JOINED_PRESETS, browser, cdn } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rtk-joined-bytes-'));
  let server;
  // Chromium starts while the bundles build.
  const launching = browser
    ? undefined
    : puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_FLAGS });
  try {
    if (cdn) {
      // The CDN build as a page takes it: its entry, the chunks beside it, its demo meeting.
      cpSync(cdn, dir, { recursive: true, filter: (file) => !file.endsWith('.map') });
      writeFileSync(join(dir, 'joined.js'), "import './realtimekit-lit.js';\n");
    } else {
      await Promise.all([
        bundleApp({ joined: join(root, 'bench/joined.ts') }, dir, TSCONFIG_RAW),
        build({
          ...esbuildOptions,
          entryPoints: [join(root, 'src/demo/index.ts')],
          write: true,
          outfile: join(dir, 'demo.js'),
        }),
      ]);
    }
    writeFileSync(join(dir, 'index.html'), readFileSync(join(root, 'bench/joined.html')));
    server = await serve(dir);
    browser ??= await launching;
    const origin = `http://127.0.0.1:${server.address().port}/`;
    const measured = await Promise.all(
      presets.map(async (preset) => {
        const page = await browser.newPage();
        const requested = new Set();
        const errors = [];
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith(origin) && url.split('?')[0].endsWith('.js'))
            requested.add(url.slice(origin.length).split('?')[0]);
        });
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await page.setViewport({ width: 1280, height: 720 });
          await page.goto(`${origin}?preset=${preset}`, { waitUntil: 'load' });
          try {
            await page.waitForSelector('rtk-meeting >>> rtk-participant-tile', { timeout: 60_000 });
            await page.waitForFunction(kitSettled, { timeout: 60_000, polling: 'raf' });
            await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
          } catch (error) {
            const why = errors.length ? `; page errors: ${errors.join(' | ')}` : '';
            throw new Error(`joined meeting (${preset}) did not settle: ${error.message}${why}`);
          }
        } finally {
          await page.close();
        }
        // The demo meeting stands in for the SDK: its bundle is not the kit's load (in the CDN
        // build, neither are the chunks only the demo imports).
        const demoOnly = cdn ? demoOnlyChunks(dir) : new Set();
        const chunks = [...requested]
          .filter((file) => file !== 'demo.js' && !(cdn && file === 'joined.js'))
          .filter((file) => !demoOnly.has(file))
          .map((file) => ({ file, gzip: gzip(readFileSync(join(dir, file))) }))
          .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
        return [
          preset,
          { gzip: chunks.reduce((sum, c) => sum + c.gzip, 0), files: chunks.length, chunks },
        ];
      }),
    );
    return Object.fromEntries(measured);
  } finally {
    server?.close();
    await launching?.then(
      (launched) => launched.close(),
      () => undefined,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
