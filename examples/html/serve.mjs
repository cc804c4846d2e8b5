// `node serve.mjs` (or `npm start`, which first builds the kit): serves the repository root as
// plain files, so that these pages load the kit's build (../../dist/) and its packages
// (../../node_modules/) by relative URLs, as they would load them from a CDN. No bundler, no
// transform: what the browser gets is what is on disk. Local use only (it listens on 127.0.0.1).
// PORT overrides the port (8080).
//
// Every page is served with a strict Content-Security-Policy, enforced, as a security-minded app
// would serve it: no inline script or style, no eval, Trusted Types required (Lit's `lit-html`
// policy is the only one). The one inline script a page keeps is its import map, allowed by its
// hash, which is how a page with a strict policy uses an import map. The kit runs under it
// unchanged; the README's "Content-Security-Policy" section explains each source.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The file for a URL path, never outside the repository; a folder gives its index.html. */
function fileFor(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return path;
}

/** The policy for a page: the strict one, plus the hash of each import map the HTML carries. */
function policyFor(body, html) {
  const maps = html
    ? [...body.toString('utf8').matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
        ([, map]) => `'sha256-${createHash('sha256').update(map).digest('base64')}'`,
      )
    : [];
  return [
    "default-src 'self'",
    `script-src 'self'${maps.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data: mediastream:",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/examples/html/' }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const body = readFileSync(file);
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': policyFor(body, extname(file) === '.html'),
    'cache-control': 'no-store',
  });
  response.end(body);
});

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: try another, e.g. PORT=8081 npm start`
      : String(error),
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`The HTML example: ${origin}/examples/html/`);
  console.log(`Its custom layout: ${origin}/examples/html/layout.html`);
  console.log('(Ctrl+C stops)');
});
