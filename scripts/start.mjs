// `npm start`: serves demo/ with Vite, from the source: a full <rtk-meeting> on the demo meeting at /,
// and the API reference generated from custom-elements.json (a page per tag) at /api/.
// PORT and HOST override the defaults (8000, 127.0.0.1).
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

const server = await createServer({
  configFile: false,
  root: `${root}demo`,
  server: { host, port, strictPort: false, fs: { allow: [root] } },
  // The real SDK (imported only with ?authToken=…) is CommonJS inside: Vite pre-bundles it.
  optimizeDeps: { entries: ['index.html', 'api/index.html'], include: ['@cloudflare/realtimekit'] },
  clearScreen: false,
  logLevel: 'info',
});
await server.listen();
server.printUrls();
console.log(
  `  ➜  API reference: ${server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`}api/`,
);
console.log('\nQuery options: ?people=25&preset=webinar-viewer&seed=7&lively=0  (Ctrl+C stops)');
