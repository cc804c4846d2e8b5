// SSR-safe imports: every module of the kit can be imported in Node, where there is no DOM (a
// server-rendered framework imports the page's modules on the server). Lit's Node build brings a
// minimal `customElements` and `HTMLElement`; nothing of ours may touch `window`, `document`,
// `navigator`, `matchMedia`, `localStorage` … while a module loads.
//
// Every module under src/ is compiled one to one with esbuild (the imports stay imports, so each
// module is loaded on its own) into node_modules/.cache, then imported in a fresh Node process.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'node_modules/.cache/ssr-imports');

const modules = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort();

const IMPORT_ALL = `
const results = [];
for (const file of process.argv.slice(1)) {
  try {
    await import(file);
  } catch (error) {
    results.push({ file, error: String(error && error.stack || error).split('\\n').slice(0, 4).join('\\n') });
  }
}
const registry = globalThis.customElements;
const meeting = registry && registry.get('rtk-meeting');
process.stdout.write(JSON.stringify({ results, browserGlobals: ['window', 'document', 'navigator', 'localStorage'].filter((name) => name in globalThis && name !== 'navigator'), meetingDefined: Boolean(meeting) }));
`;

test('every module of the kit imports in Node without a DOM', { timeout: 120_000 }, async () => {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: modules.map((file) => join(root, 'src', file)),
    outdir: join(out, 'src'),
    outbase: join(root, 'src'),
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const files = modules.map((file) => join(out, 'src', file.replace(/\.ts$/, '.js')));
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', IMPORT_ALL, ...files],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const { results, browserGlobals, meetingDefined } = JSON.parse(output);
  assert.ok(modules.length > 300, `found only ${modules.length} modules under src/`);
  assert.deepEqual(
    results,
    [],
    `modules that throw on import in Node:\n${results.map((r) => `${r.file}\n${r.error}`).join('\n\n')}`,
  );
  // Importing defined the tags (in Lit's server registry) and left no fake browser behind.
  assert.ok(meetingDefined, 'rtk-meeting was not defined in the server registry');
  assert.deepEqual(browserGlobals, [], 'a module created browser globals in Node');
  rmSync(out, { recursive: true, force: true });
});
