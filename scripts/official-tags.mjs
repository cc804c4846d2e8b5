// Writes test/node/official-tags.json: the official kit's tags with their public props and events,
// taken from the reference list next to the repository (../shared/reference/anchor-tags.json, or
// the path given as the first argument). The parity test reads the copy, so it runs on a clean
// clone. Run it again when the reference list changes: `node scripts/official-tags.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = process.argv[2] ?? `${root}../shared/reference/anchor-tags.json`;
const tags = JSON.parse(readFileSync(source, 'utf8'))
  .map(({ tag, props = [], events = [] }) => ({
    tag,
    props: [...props].sort(),
    events: [...events].sort(),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
const out = `${root}test/node/official-tags.json`;
const options = { ...(await resolveConfig(out)), filepath: out };
writeFileSync(out, await format(JSON.stringify(tags), options));
console.log(`${tags.length} official tags written to ${out}`);
