// Parity with the official kit: for every official tag we define, each official prop (as a field or
// an attribute) and each official event is in custom-elements.json. The official list is a copy
// kept in the repository (official-tags.json, written by `node scripts/official-tags.mjs` from
// ../shared/reference/anchor-tags.json), so this runs on a clean clone. Official tags we do not
// define yet are printed, not failed: other work adds them. Slots are compared against
// official-slots.json the same way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifest = read(process.env.RTK_MANIFEST ?? 'custom-elements.json');
const official = read('test/node/official-tags.json');
/**
 * The slots the official kit's published components render, by tag (`""` is the default slot):
 * read from its 2.0.2 components and kept here, so markup written for it keeps working.
 */
const officialSlots = read('test/node/official-slots.json');

/**
 * Documented exceptions: `tag.name` (a prop) or `tag@name` (an event), each with why we leave it
 * out. Keep this short: a missing prop or event is a drop-in gap unless there is a reason here.
 */
const EXCEPTIONS = {};

/** What a tag of ours offers: public instance fields and attributes (both names), and events. */
function offered(declaration) {
  const props = new Set();
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
      props.add(member.name);
  }
  for (const attribute of declaration.attributes ?? []) {
    props.add(attribute.name);
    if (attribute.fieldName) props.add(attribute.fieldName);
  }
  return { props, events: new Set((declaration.events ?? []).map((e) => e.name)) };
}

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const ours = new Map(declarations.map((d) => [d.tagName, offered(d)]));
const ourSlots = new Map(
  declarations.map((d) => [d.tagName, new Set((d.slots ?? []).map((s) => s.name))]),
);

test('every official prop and event of the official tags we define is in the manifest', (t) => {
  const notYet = official.filter(({ tag }) => !ours.has(tag)).map(({ tag }) => tag);
  if (notYet.length)
    t.diagnostic(`official tags not defined yet (${notYet.length}): ${notYet.join(', ')}`);
  const missing = [];
  for (const { tag, props, events } of official) {
    const have = ours.get(tag);
    if (!have) continue;
    for (const prop of props)
      if (!have.props.has(prop) && !(`${tag}.${prop}` in EXCEPTIONS))
        missing.push(`${tag}.${prop}`);
    for (const event of events)
      if (!have.events.has(event) && !(`${tag}@${event}` in EXCEPTIONS))
        missing.push(`${tag}@${event}`);
  }
  assert.deepEqual(
    missing,
    [],
    `official props (tag.prop) and events (tag@event) missing from custom-elements.json: ${missing.join(', ')}. Add them (with JSDoc, then \`npm run analyze\`), or list one in EXCEPTIONS with its reason.`,
  );
});

test('every documented exception is still needed and has a reason', () => {
  const byTag = new Map(official.map((o) => [o.tag, o]));
  for (const [key, reason] of Object.entries(EXCEPTIONS)) {
    assert.ok(typeof reason === 'string' && reason.length > 10, `${key} needs a one-line reason`);
    const [tag, name] = key.split(/[.@]/);
    const kind = key.includes('@') ? 'events' : 'props';
    assert.ok(
      byTag.get(tag)?.[kind].includes(name),
      `${key} is not an official ${kind.slice(0, -1)}`,
    );
    assert.ok(
      !ours.get(tag)?.[kind].has(name),
      `${key} is in the manifest now: drop the exception`,
    );
  }
});

test('every official slot of the official tags we define is in the manifest', (t) => {
  const notYet = officialSlots.filter(({ tag }) => !ourSlots.has(tag)).map(({ tag }) => tag);
  if (notYet.length) t.diagnostic(`tags with official slots not defined yet: ${notYet.join(', ')}`);
  const missing = officialSlots.flatMap(({ tag, slots }) =>
    ourSlots.has(tag)
      ? slots
          .filter((slot) => !ourSlots.get(tag).has(slot))
          .map((slot) => `${tag}::slot(${slot || 'default'})`)
      : [],
  );
  assert.deepEqual(
    missing,
    [],
    `official slots missing from custom-elements.json: ${missing.join(', ')}. Render them where the official kit does and document each with \`@slot\` (then \`npm run analyze\`).`,
  );
});

test('the list of official slots is well formed', () => {
  const tags = officialSlots.map(({ tag }) => tag);
  assert.equal(new Set(tags).size, tags.length, 'a tag is listed twice');
  for (const { tag, slots } of officialSlots) {
    assert.match(tag, /^rtk-[a-z-]+$/);
    assert.ok(Array.isArray(slots) && slots.length > 0, `${tag} lists no slot`);
    assert.ok(
      official.some((o) => o.tag === tag),
      `${tag} is not an official tag (official-tags.json)`,
    );
  }
});
