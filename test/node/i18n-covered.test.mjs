// Every stories file is rendered by the literal test (test/i18n/*.test.ts), which fails on any
// visible English text that does not come through `t`. Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('every stories file is imported by an i18n literal test (test/i18n/*.test.ts)', () => {
  const storyFiles = readdirSync(root + 'stories').filter((name) => name.endsWith('.stories.ts'));
  const source = readdirSync(root + 'test/i18n')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(`${root}test/i18n/${name}`, 'utf8'))
    .join('\n');
  const imported = new Set(
    [
      ...source.matchAll(
        /^import\s+\*\s+as\s+\w+\s+from\s+['"]\.\.\/\.\.\/stories\/([\w.-]+)\.js['"]/gm,
      ),
    ].map((m) => `${m[1]}.ts`),
  );
  const missing = storyFiles.filter((name) => !imported.has(name)).sort();
  assert.deepEqual(missing, [], `not checked for English literals: ${missing.join(', ')}`);
});
