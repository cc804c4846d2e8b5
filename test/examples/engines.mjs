// `node test/examples/engines.mjs [firefox|webkit …] [--shots]`: the demo page, built as an app
// builds it (Vite), walked through in Firefox ESR and in WebKitGTK (engine-walkthrough.mjs) like
// the examples are in Chromium. `npm test` runs it as the "engines" lane. An engine that is not
// installed is a failure in CI (CI=true) and a skip, with how to install it, elsewhere.
// --shots saves docs/screenshots/engine-<engine>-<size>.png.
//
// Prints one TAP line per check and ends with `# pass N` / `# fail N` / `# skipped N`.
import process from 'node:process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEngines, INSTALL_HINT } from '../../scripts/engines.mjs';
import { firefoxDriver, webkitDriver } from './engine-drivers.mjs';
import { ERROR_RECORDER, engineWalkthrough } from './engine-walkthrough.mjs';
import { buildDemo } from './strict-csp.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--'));
const engines = wanted.length ? wanted : ['firefox', 'webkit'];
const ci = /^(1|true)$/i.test(process.env.CI ?? '');

let count = 0;
const totals = { pass: 0, fail: 0, skipped: 0 };
function report(result, name, detail) {
  count += 1;
  totals[result] += 1;
  const line =
    result === 'skipped'
      ? `ok ${count} - ${name} # SKIP`
      : `${result === 'pass' ? 'ok' : 'not ok'} ${count} - ${name}`;
  console.log(line);
  if (detail)
    console.log(String(detail instanceof Error ? detail.message : detail).replace(/^/gm, '  # '));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the built demo; its page loads the error recorder before anything else. */
function serve(dir) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    if (pathname === '/__engine-errors.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] }).end(ERROR_RECORDER);
      return;
    }
    let file = normalize(join(dir, decodeURIComponent(pathname)));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) && file !== dir) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    if (extname(file) === '.html')
      body = String(body).replace('<head>', '<head><script src="/__engine-errors.js"></script>');
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const found = findEngines();
const available = engines.filter((engine) => {
  const missing = found.missing[engine];
  if (!missing) {
    report('fail', `engine "${engine}"`, 'unknown engine: firefox or webkit');
    return false;
  }
  if (!missing.length) return true;
  const message = `${engine}: not installed (${missing.join(', ')}). Install: ${INSTALL_HINT}`;
  report(ci ? 'fail' : 'skipped', `${engine} walkthrough`, message);
  return false;
});

const started = Date.now();
if (available.length) {
  const out = mkdtempSync(join(tmpdir(), 'rtk-demo-engines-'));
  let server;
  try {
    await buildDemo(out);
    server = await serve(out);
    const url = `http://127.0.0.1:${server.address().port}/?people=5&seed=1&lively=0&tips=0&scriptedHost=0`;
    const shots = args.includes('--shots') ? { dir: join(root, 'docs/screenshots') } : undefined;
    for (const engine of available) {
      const t0 = Date.now();
      let driver;
      try {
        driver =
          engine === 'firefox'
            ? await firefoxDriver(found.firefox)
            : await webkitDriver(found.webkit);
        const steps = await engineWalkthrough(driver, url, {
          shots: shots && { ...shots, prefix: `engine-${engine}` },
          phone: { width: 390, height: 844 },
        });
        report(
          'pass',
          `${engine} ${driver.version}: walkthrough (${steps.join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
        );
      } catch (error) {
        report('fail', `${engine}${driver ? ` ${driver.version}` : ''}: walkthrough`, error);
      } finally {
        await driver?.close().catch(() => undefined);
      }
    }
  } catch (error) {
    report('fail', 'engines: build and serve the demo', error);
  } finally {
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}

console.log(`1..${count}`);
console.log(`# pass ${totals.pass}`);
console.log(`# fail ${totals.fail}`);
console.log(`# skipped ${totals.skipped}`);
console.log(`# engines: ${engines.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = totals.fail > 0 ? 1 : 0;
