// src/icons/default-pack.generated.ts is what scripts/gen-icon-pack.mjs makes from paths.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { iconPackSource, target } from '../../scripts/gen-icon-pack.mjs';

test('the default icon pack matches src/icons/paths.ts (run `npm run generate` when this fails)', () => {
  assert.equal(readFileSync(target, 'utf8'), iconPackSource());
});

test('every icon of paths.ts is in the pack, reserved-word names included', () => {
  const paths = readFileSync(new URL('../../src/icons/paths.ts', import.meta.url), 'utf8');
  const exported = [...paths.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
  exported.push(...[...paths.matchAll(/^export \{ \w+ as (\w+) \};/gm)].map((m) => m[1]));
  const pack = iconPackSource();
  for (const name of exported) assert.match(pack, new RegExp(`^  '?${name}'?: '`, 'm'), name);
  assert.ok(exported.length > 60, `only ${exported.length} icons found`);
});
