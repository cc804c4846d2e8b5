// src/react/ is what scripts/gen-react.mjs writes from custom-elements.json today, and every tag of
// the manifest has a wrapper that the index exports and the build includes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reactWrappers } from '../../scripts/gen-react.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(root + path, 'utf8');
const expected = reactWrappers();

test('src/react/ is what scripts/gen-react.mjs generates (run it after `npm run analyze`)', () => {
  const present = readdirSync(root + 'src/react').sort();
  assert.deepEqual(present, [...expected.keys()].sort(), 'the files in src/react/');
  const stale = [...expected]
    .filter(([file, text]) => read(`src/react/${file}`) !== text)
    .map(([file]) => file);
  assert.deepEqual(stale, [], `stale wrappers: ${stale.join(', ')}`);
});

test('every tag of custom-elements.json has a wrapper, exported by the index', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  assert.ok(tags.length > 100, `the manifest lists ${tags.length} tags`);
  const index = expected.get('index.ts');
  const missing = tags.filter((tag) => {
    const wrapper = expected.get(`${tag}.ts`);
    return !wrapper?.includes(`tagName: '${tag}',`) || !index.includes(`from './${tag}.js';`);
  });
  assert.deepEqual(missing, [], `tags without a wrapper: ${missing.join(', ')}`);
});

test('each wrapper imports its tag from the registering module and is marked pure', () => {
  const wrong = [...expected]
    .filter(([file]) => file !== 'index.ts')
    .filter(([file, text]) => {
      const tag = file.replace(/\.ts$/, '');
      const registers = new RegExp(`from '\\.\\./components/[a-z-]+/${tag}\\.js';`).test(text);
      return (
        !registers ||
        !text.includes('= /*@__PURE__*/ createComponent({') ||
        !text.includes("onRtkStateUpdate: 'rtkStateUpdate'")
      );
    })
    .map(([file]) => file);
  assert.deepEqual(wrong, []);
});

test('the build includes the wrappers and keeps React external', () => {
  const rollup = read('rollup.config.mjs');
  assert.match(rollup, /src\/react/, 'rollup.config.mjs builds src/react/');
  assert.match(rollup, /\|react\|/, 'react is external');
  const pkg = JSON.parse(read('package.json'));
  assert.ok(
    pkg.exports['./react'] && pkg.exports['./react/rtk-*.js'],
    'package.json exports ./react and ./react/rtk-*.js',
  );
});
