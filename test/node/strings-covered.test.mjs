// Every key a component passes to `this.localize(…)` is in the English strings it declares
// (`static strings`), so a tag never shows a raw key when no language pack is loaded.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(root + path, 'utf8');

/** Keys of an area module `src/i18n/en/<file>`. */
const areaKeys = (file) =>
  [...read(`src/i18n/en/${file}`).matchAll(/^\s+'([\w.]+)':/gm)].map((m) => m[1]);

/** Every key of every area: a quoted string that is one of these is a translation key. */
const allKeys = new Set(readdirSync(root + 'src/i18n/en').flatMap((f) => areaKeys(f)));

test('components declare the English strings of every key they use', () => {
  const problems = [];
  for (const dir of readdirSync(root + 'src/components', { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const files = readdirSync(`${root}src/components/${dir.name}`).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'),
    );
    const source = files.map((f) => read(`src/components/${dir.name}/${f}`)).join('\n');
    const declared = new Set(
      [...source.matchAll(/from '\.\.\/\.\.\/i18n\/en\/([\w-]+)\.js'/g)].flatMap((m) =>
        areaKeys(`${m[1]}.ts`),
      ),
    );
    // Literal keys, keys in lookup tables ('area.key' strings), and template prefixes (`area.${x}`).
    const used = new Set(
      [...source.matchAll(/'([a-z_]+\.[a-z_.]+)'/g)]
        .map((m) => m[1])
        .filter((k) => /^[a-z_]+\.[a-z_]+/.test(k) && !k.endsWith('.js') && !k.endsWith('.ts')),
    );
    const prefixes = [...source.matchAll(/localize\(`([a-z_]+\.)\$\{/g)].map((m) => m[1]);
    for (const key of used) {
      const isKey = allKeys.has(key) || source.includes(`localize('${key}'`);
      if (isKey && !declared.has(key))
        problems.push(`${dir.name}: '${key}' is not in its static strings`);
    }
    for (const prefix of prefixes) {
      if (![...declared].some((k) => k.startsWith(prefix)))
        problems.push(`${dir.name}: no strings for \`${prefix}…\``);
    }
  }
  assert.deepEqual(problems, []);
});

test('en.ts merges every area module', () => {
  const en = read('src/i18n/en.ts');
  const missing = readdirSync(root + 'src/i18n/en').filter(
    (f) => !en.includes(`from './en/${f.replace(/\.ts$/, '.js')}'`),
  );
  assert.deepEqual(missing, [], `not merged into en.ts: ${missing.join(', ')}`);
});
