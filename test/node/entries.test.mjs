// The entry points stay complete: `src/index.ts` registers every tag, `src/classes.ts` exports
// every component class, and the language packs are built and exported.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(root + path, 'utf8');
const folders = readdirSync(root + 'src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

test('src/index.ts registers every tag', () => {
  const index = read('src/index.ts');
  const missing = folders.filter(
    (name) => !index.includes(`import './components/${name}/rtk-${name}.js';`),
  );
  assert.deepEqual(missing, [], `not registered by src/index.ts: ${missing.join(', ')}`);
});

test('src/classes.ts exports every component class and registers nothing', () => {
  const classes = read('src/classes.ts');
  assert.doesNotMatch(classes, /^import '/m, 'classes.ts must not import for side effects');
  const missing = folders.filter((name) => {
    const cls = read(`src/components/${name}/${name}.ts`).match(/^export class (\w+)/m)?.[1];
    return (
      !cls ||
      !new RegExp(
        `export \\{[^}]*\\b${cls}\\b[^}]*\\} from './components/${name}/${name}.js'`,
      ).test(classes)
    );
  });
  assert.deepEqual(missing, [], `classes missing from src/classes.ts: ${missing.join(', ')}`);
});

test('language packs are exported and built', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.ok(pkg.exports['./i18n/*.js'], 'package.json exports ./i18n/*.js');
  const rollup = read('rollup.config.mjs');
  assert.match(rollup, /src\/i18n\/packs/, 'rollup builds the packs');
});
