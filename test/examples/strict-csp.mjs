// The strict Content-Security-Policy lane: the demo page, built as an app would build it, served
// with the policy below (enforced, not report-only), walked through like a person would
// (walkthrough.mjs with `full`), and failed on any violation or console error. examples/html's
// server sends the same policy. README "Content-Security-Policy" explains each source.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy a security-minded app serves: no inline script or style, Trusted Types enforced. */
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data: mediastream:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const root = fileURLToPath(new URL('../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Builds the demo page (demo/index.html) with Vite into `outDir`, as an app's production build:
 * every script and style in files, nothing inline. The real SDK (loaded only with ?authToken=…)
 * is left out of the build.
 */
export async function buildDemo(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(root, 'demo'),
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rollupOptions: { external: ['@cloudflare/realtimekit'] },
    },
  });
}

/** Serves `dir` on 127.0.0.1 (a free port) with `policy` on every response. */
export function serveWithPolicy(dir, policy = STRICT_POLICY) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    let file = normalize(join(dir, decodeURIComponent(pathname)));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) && file !== dir) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Makes every Content-Security-Policy violation in `page` (and its shadow roots) a console error
 * naming the directive and the source, which the walkthrough's error watch fails on. Chromium
 * also logs its own "Refused to …" line; this one says where.
 * @param {import('puppeteer-core').Page} page
 */
export function reportViolations(page) {
  return page.evaluateOnNewDocument(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}${event.sample ? ` (${event.sample})` : ''}`,
        ),
      true,
    );
  });
}
