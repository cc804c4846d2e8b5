// frameworks/vscode.html-custom-data.json is generated from custom-elements.json (and the source's
// string-literal type aliases): it must be fresh and describe every tag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generate, literalValues, outputFile, serialize } from '../../scripts/gen-vscode-data.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const committedText = readFileSync(outputFile, 'utf8');
const committed = JSON.parse(committedText);
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('the committed custom data matches the manifest (run `node scripts/gen-vscode-data.mjs` when this fails)', () => {
  const fresh = generate();
  assert.deepEqual(committed, fresh);
  assert.equal(committedText, serialize(fresh), 'same data, different formatting');
  assert.equal(serialize(generate()), serialize(fresh), 'the output is deterministic');
});

test('every tag is in it, with a description, its attributes and a link to its API page', () => {
  assert.equal(committed.version, 1.1);
  const byName = new Map(committed.tags.map((t) => [t.name, t]));
  assert.equal(byName.size, tags.length);
  for (const decl of tags) {
    const tag = byName.get(decl.tagName);
    assert.ok(tag, `${decl.tagName} is missing`);
    assert.equal(tag.description.kind, 'markdown');
    assert.ok(
      tag.description.value.startsWith(decl.description.trim().split('\n')[0]),
      `${decl.tagName}: description`,
    );
    const attributes = new Set((decl.attributes ?? []).map((a) => a.name));
    assert.deepEqual(
      new Set(tag.attributes.map((a) => a.name)),
      attributes,
      `${decl.tagName}: attributes`,
    );
    assert.deepEqual(tag.references, [
      {
        name: 'realtimekit-lit API reference',
        url: `http://127.0.0.1:8000/api/?tag=${decl.tagName}`,
      },
    ]);
  }
});

test('string-literal unions (aliases too) become attribute values; booleans take no value', () => {
  const attribute = (tag, name) =>
    committed.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
  assert.deepEqual(attribute('rtk-mic-toggle', 'variant').values, [
    { name: 'button' },
    { name: 'horizontal' },
  ]);
  assert.deepEqual(
    attribute('rtk-mic-toggle', 'size').values.map((v) => v.name),
    ['sm', 'md', 'lg', 'xl'],
  );
  assert.ok(
    committed.tags.some((t) => t.attributes.some((a) => a.valueSet === 'v')),
    'no boolean attribute',
  );
  assert.deepEqual(literalValues('\'a\' | "b" | undefined'), ['a', 'b']);
  assert.equal(literalValues('string | undefined'), undefined);
  assert.equal(
    literalValues('IconName | (string & {})', new Map([['IconName', "'mic'"]])),
    undefined,
  );
  assert.deepEqual(
    literalValues(
      "T | 'c'",
      new Map([
        ['T', "'a' | U"],
        ['U', "'b'"],
      ]),
    ),
    ['a', 'b', 'c'],
  );
});
