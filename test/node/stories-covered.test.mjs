// Every stories file is audited by an a11y test, and every tag has a stories file.
// Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(root + path, 'utf8');

const storyFiles = readdirSync(root + 'stories')
  .filter((name) => name.endsWith('.stories.ts'))
  .sort();

test('there are stories', () => {
  assert.ok(storyFiles.length > 0, 'no stories/*.stories.ts');
});

test('every stories file is imported by an a11y test (test/a11y/*.test.ts)', () => {
  const a11y = readdirSync(root + 'test/a11y')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => read(`test/a11y/${name}`))
    .join('\n');
  const imported = new Set(
    [
      ...a11y.matchAll(
        /^import\s+\*\s+as\s+\w+\s+from\s+['"]\.\.\/\.\.\/stories\/([\w.-]+)\.js['"]/gm,
      ),
    ].map((m) => `${m[1]}.ts`),
  );
  const missing = storyFiles.filter((name) => !imported.has(name));
  assert.deepEqual(missing, [], `not imported by the a11y test: ${missing.join(', ')}`);
});

test('every registered rtk-* tag has a stories file naming it as `component:`', () => {
  const tags = new Set();
  for (const dir of readdirSync(root + 'src/components', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(`${root}src/components/${dir.name}`)) {
      if (!/^rtk-.*\.ts$/.test(file)) continue;
      const source = read(`src/components/${dir.name}/${file}`);
      for (const m of source.matchAll(/customElements\.define\(\s*['"](rtk-[\w-]+)['"]/g))
        tags.add(m[1]);
    }
  }
  assert.ok(tags.size > 0, 'no tags found in src/components/*/rtk-*.ts');

  const covered = new Set();
  for (const name of storyFiles) {
    for (const m of read(`stories/${name}`).matchAll(/\bcomponent:\s*['"](rtk-[\w-]+)['"]/g))
      covered.add(m[1]);
  }
  const missing = [...tags].filter((tag) => !covered.has(tag)).sort();
  assert.deepEqual(missing, [], `tags without a stories file: ${missing.join(', ')}`);
});
