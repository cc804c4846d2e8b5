// custom-elements.json is generated from the source: it must be fresh and list every tag.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

test('custom-elements.json matches the source (run `npm run analyze` when this fails)', () => {
  // The analyzer resolves `outdir` against the working directory.
  const outdir = mkdtempSync(join(root, 'node_modules/.cem-check-'));
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'],
      {
        cwd: root,
        env: { ...process.env, CEM_OUTDIR: relative(root, outdir) },
        stdio: 'pipe',
      },
    );
    const fresh = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(committed, fresh);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});

test('every registered tag is in the manifest, with its documented properties and events', () => {
  const declarations = committed.modules.flatMap((m) => m.declarations ?? []);
  const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
  const tags = readdirSync(join(root, 'src/components'), { recursive: true })
    .filter((f) => /(^|\/)rtk-[a-z-]+\.ts$/.test(f))
    .map((f) => f.split('/').pop().replace(/\.ts$/, ''));
  assert.ok(tags.length > 0, 'no tags found under src/components');
  for (const tag of tags) {
    const decl = byTag.get(tag);
    assert.ok(decl, `${tag} is missing from custom-elements.json`);
    assert.ok(decl.description, `${tag} has no description`);
    const names = (decl.members ?? []).map((m) => m.name);
    for (const shared of ['meeting', 'states', 'config', 't', 'iconPack', 'size']) {
      assert.ok(names.includes(shared), `${tag} lacks the shared property "${shared}"`);
    }
    for (const event of decl.events ?? [])
      assert.ok(event.description, `${tag}: event ${event.name} is undocumented`);
  }
});
