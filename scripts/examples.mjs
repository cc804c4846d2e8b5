// `node scripts/examples.mjs [name …]`: builds every example in examples/ (or the ones named) as
// its own app would be built, then runs the same scripted walkthrough on each in headless Chromium
// (test/examples/walkthrough.mjs: join the demo meeting, toggle the mic, send a chat message,
// leave), plus the custom-layout check on its single-tag page and, where the example has one
// ("custom", examples/html), the walkthrough of its meeting built from single tags and slots.
//
// Each example is a package of its own (examples/<name>/package.json) that depends on the kit with
// "realtimekit-lit": "file:../..", so it uses the built dist/ exactly as an app installed from npm
// would. Its "walkthrough" field says what to serve and where its pages are:
//   "walkthrough": { "serve": "dist", "meeting": "/", "layout": "/?view=layout" }
// or, for an example that comes with its own server (examples/html: `npm start` runs it),
//   "walkthrough": { "server": "serve.mjs", "meeting": "/examples/html/index.html", … }
// which is started with PORT=0 and must print its http://127.0.0.1:<port> address. With
// "full": true the walkthrough also sends Markdown and an image, votes in a poll, opens the
// participants and the settings (examples/html, served under a strict Content-Security-Policy).
// Last, the strict-CSP lane (test/examples/strict-csp.mjs): the demo page built with Vite and
// served under that policy, walked through in full (`node scripts/examples.mjs csp` runs it alone).
// Its npm scripts run in this order when present: "check" (type checks), "build". Their "pre"
// scripts (examples/kit.mjs, which builds the kit from a fresh clone) are told that the kit is
// built: this script builds it once, first.
// Nothing leaves the machine: every request that is not to 127.0.0.1 is blocked and fails the
// walkthrough, so an example that needs the network (a CDN …) fails here as it would offline.
//
// Prints one TAP line per check and ends with `# pass N` / `# fail N`. Options: --no-install
// (use the examples' node_modules as they are), --no-build (serve what was built last).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';
import { customLayoutCheck, layoutCheck, walkthrough } from '../test/examples/walkthrough.mjs';
import { buildDemo, reportViolations, serveWithPolicy } from '../test/examples/strict-csp.mjs';
import { CDN_JOINED_BUDGET, kb, measureJoinedBytes } from '../bench/bytes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What the report calls each check of an example's pages ("custom": examples/html's meeting of its own). */
const NAMES = { meeting: 'walkthrough', layout: 'custom layout', custom: 'custom meeting' };
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const named = args.filter((a) => !a.startsWith('--'));
// `csp` names the strict-CSP lane (the demo page under a strict policy), not an example folder.
const strictLane = named.length === 0 || named.includes('csp');
const only = named.filter((a) => a !== 'csp');

let passed = 0;
let failed = 0;
let count = 0;
function report(ok, name, error) {
  count += 1;
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} ${count} - ${name}`);
  if (error)
    console.log(String(error instanceof Error ? error.message : error).replace(/^/gm, '  # '));
}

/** Runs a command in `cwd`; resolves with its exit code and output (printed only on failure). */
function run(command, commandArgs, cwd) {
  return new Promise((done) => {
    let output = '';
    const child = spawn(command, commandArgs, {
      cwd,
      // The kit was built (or found fresh) once at the start: the examples' pre-scripts
      // (examples/kit.mjs) use that build instead of checking it again.
      env: { ...process.env, FORCE_COLOR: '0', REALTIMEKIT_LIT_KIT_BUILT: '1' },
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => done({ code: 1, output: `${output}${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
const tail = (output, lines = 40) => output.trim().split('\n').slice(-lines).join('\n');

const newest = (dir) => {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      time = Math.max(time, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return time;
};
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

// ── The kit's dist/, as `npm run build` makes it (CI builds it before `npm test`). ─────────────
async function ensureKitBuilt() {
  const built = Math.min(
    mtime(join(root, 'dist/index.js')),
    mtime(join(root, 'dist/cdn/realtimekit-lit.js')),
  );
  const sources = Math.max(
    newest(join(root, 'src')),
    mtime(join(root, 'rollup.config.mjs')),
    mtime(join(root, 'package.json')),
  );
  if (built > sources) return true;
  console.log('# dist/ is missing or older than src/: npm run build');
  const build = await run('npm', ['run', 'build'], root);
  report(build.code === 0, 'kit: npm run build', build.code === 0 ? undefined : tail(build.output));
  return build.code === 0;
}

// ── Examples ─────────────────────────────────────────────────────────────────────────────────────
const examplesDir = join(root, 'examples');
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
  .map((d) => ({
    name: d.name,
    dir: join(examplesDir, d.name),
    pkg: JSON.parse(readFileSync(join(examplesDir, d.name, 'package.json'), 'utf8')),
  }))
  .filter((e) => named.length === 0 || only.includes(e.name));
if (only.length && examples.length !== only.length) {
  report(
    false,
    `examples named: ${only.join(', ')}`,
    `found only: ${examples.map((e) => e.name).join(', ') || 'none'}`,
  );
}

/** `npm install` in the example when its node_modules is missing or older than its manifests. */
async function install(example) {
  const hasDeps =
    Object.keys({ ...example.pkg.dependencies, ...example.pkg.devDependencies }).length > 0;
  if (!hasDeps || flags.has('--no-install')) return true;
  const installed = mtime(join(example.dir, 'node_modules/.package-lock.json'));
  if (
    installed &&
    installed >= mtime(join(example.dir, 'package.json')) &&
    installed >= mtime(join(example.dir, 'package-lock.json'))
  )
    return true;
  const result = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error'],
    example.dir,
  );
  report(
    result.code === 0,
    `${example.name}: npm install`,
    result.code === 0 ? undefined : tail(result.output),
  );
  return result.code === 0;
}

// ── Serving: the example's output, or the example's own server ─────────────────────────────────
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};
const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/** The local file for a path under `base`, or undefined (never outside `base`). */
function fileUnder(base, urlPath) {
  const path = normalize(join(base, decodeURIComponent(urlPath)));
  if (path !== base && !path.startsWith(base.endsWith(sep) ? base : base + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory())
    return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) ? path : undefined;
}

function serve(dir) {
  const server = createServer((req, res) => {
    const file = fileUnder(dir, new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Starts the example's own server (`node <script>` in its folder, PORT=0) and resolves with its
 * origin, read from the first `http://127.0.0.1:<port>` it prints; `server.close()` stops it.
 */
function startOwnServer(example, script) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], {
      cwd: example.dir,
      env: { ...process.env, PORT: '0' },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`node ${script} printed no address in 15 s:\n${output}`));
    }, 15_000);
    const read = (data) => {
      output += data;
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (!address) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      done({ origin: address[0], server: { close: () => child.kill() } });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`node ${script} exited (${code}):\n${output}`));
    });
  });
}

async function newPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  // A Content-Security-Policy violation (examples/html and the demo lane serve a strict policy)
  // becomes a console error naming its source, which fails the check.
  await reportViolations(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (
      /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    ) {
      request.continue();
    } else {
      // Nothing else may leave the machine: an example that needs the network is broken offline.
      request.abort('blockedbyclient');
    }
  });
  return { page, close: () => context.close() };
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────────
const started = Date.now();
if (examples.length === 0) report(false, 'examples', 'no example found in examples/');

const kitReady = await ensureKitBuilt();
const installed = await Promise.all(examples.map(install));

const ready = [];
for (const [i, example] of examples.entries()) {
  if (!kitReady || !installed[i]) {
    report(false, `${example.name}: build`, 'skipped: the kit or the example did not install');
    continue;
  }
  let ok = true;
  for (const script of ['check', 'build']) {
    if (!example.pkg.scripts?.[script] || (script === 'build' && flags.has('--no-build'))) continue;
    const t0 = Date.now();
    const result = await run('npm', ['run', script, '--silent'], example.dir);
    report(
      result.code === 0,
      `${example.name}: npm run ${script} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      result.code === 0 ? undefined : tail(result.output),
    );
    ok &&= result.code === 0;
  }
  if (ok) ready.push(example);
}

if (ready.length || strictLane) {
  const browser = await puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    for (const example of ready) {
      const spec = { serve: '.', meeting: '/', ...example.pkg.walkthrough };
      let server;
      let origin;
      try {
        if (spec.server) {
          ({ server, origin } = await startOwnServer(example, spec.server));
        } else {
          server = await serve(resolve(example.dir, spec.serve));
          origin = `http://127.0.0.1:${server.address().port}`;
        }
      } catch (error) {
        report(false, `${example.name}: serve`, error);
        continue;
      }
      for (const [kind, check] of [
        ['meeting', walkthrough],
        ['layout', layoutCheck],
        ['custom', customLayoutCheck],
      ]) {
        if (!spec[kind]) continue;
        const { page, close } = await newPage(browser);
        const t0 = Date.now();
        try {
          const steps = await check(page, origin + spec[kind], {
            label: example.name,
            full: spec.full,
          });
          report(
            true,
            `${example.name}: ${NAMES[kind]} (${steps.join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
          );
        } catch (error) {
          report(false, `${example.name}: ${NAMES[kind]}`, error);
        } finally {
          await close();
        }
      }
      server.close();
    }
    if (strictLane) await strictCspLane(browser);
    if (kitReady && (named.length === 0 || named.includes('html'))) await cdnBytes(browser);
  } finally {
    await browser.close();
  }
}

/**
 * What a joined meeting loads from the CDN build (dist/cdn, which examples/html uses): at most
 * CDN_JOINED_BUDGET, like an app build within its own budget (bench/bytes.mjs measures both).
 */
async function cdnBytes(browser) {
  const name = 'CDN build: a joined meeting loads';
  try {
    const { host } = await measureJoinedBytes({
      presets: ['host'],
      cdn: join(root, 'dist/cdn'),
      browser,
    });
    const ok = host.gzip <= CDN_JOINED_BUDGET;
    report(
      ok,
      `${name} ${kb(host.gzip)} gzip in ${host.files} files (at most ${kb(CDN_JOINED_BUDGET)})`,
      ok ? undefined : host.chunks.map((c) => `${c.gzip} ${c.file}`).join('\n'),
    );
  } catch (error) {
    report(false, name, error);
  }
}

/**
 * The demo page built as an app builds it (Vite), served with a strict Content-Security-Policy
 * (test/examples/strict-csp.mjs), walked through in full: Markdown and an image in the chat, a
 * poll with a vote, participants, settings. Any violation or console error fails it.
 */
async function strictCspLane(browser) {
  const name = 'demo under a strict CSP';
  const out = mkdtempSync(join(tmpdir(), 'rtk-demo-csp-'));
  let server;
  try {
    const t0 = Date.now();
    await buildDemo(out);
    server = await serveWithPolicy(out);
    const { page, close } = await newPage(browser);
    try {
      const url = `http://127.0.0.1:${server.address().port}/?people=3&seed=1&lively=0&tips=0&scriptedHost=0`;
      const steps = await walkthrough(page, url, { label: name, full: true, sidebarStatus: false });
      report(true, `${name} (${steps.join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      await close();
    }
  } catch (error) {
    report(false, name, error);
  } finally {
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}

console.log(`1..${count}`);
console.log(`# pass ${passed}`);
console.log(`# fail ${failed}`);
console.log(
  `# examples: ${examples.map((e) => e.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = failed > 0 || count === 0 ? 1 : 0;
