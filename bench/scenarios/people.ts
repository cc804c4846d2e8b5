/**
 * People panel benchmark: `rtk-participants` with 5,000 people in a joined demo meeting. Measures
 * the first render (until the visible rows are painted), a search (typing a query until the
 * filtered list is painted), one join, and one mute (with the Lit updates each causes).
 */
import type { ReactiveElement } from 'lit';
import { deepAll, frame, lit } from '../harness.js';
import '../../src/components/participants/rtk-participants.js';
import type { RtkParticipants } from '../../src/components/participants/rtk-participants.js';
import { createDemoMeeting } from '../../src/demo/index.js';

/** Waits until the panel, its list and its rows are up to date and a frame was painted. */
async function settled(root: Element, rounds = 1): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const all = [
      root,
      ...deepAll(root.shadowRoot!, 'rtk-participant'),
      ...deepAll(root.shadowRoot!, 'rtk-virtualized-participant-list'),
    ];
    await Promise.all(all.map((el) => (el as ReactiveElement).updateComplete));
    await frame();
  }
}

async function until(test: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!test()) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 10000) throw new Error(`timed out: ${what}`);
  }
}

const names = (el: Element) =>
  deepAll(el.shadowRoot!, 'rtk-participant').map(
    (r) => r.shadowRoot?.querySelector('[part~="name"]')?.textContent,
  );

async function run() {
  const rows: { measure: string; value: string; notes: string }[] = [];
  const meeting = createDemoMeeting({ people: 4999, seed: 7, latency: 0 });
  await meeting.join();
  await frame();
  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'block-size: 720px; inline-size: 360px';
  const el = document.createElement('rtk-participants') as RtkParticipants;
  el.meeting = meeting;

  let start = performance.now();
  wrapper.append(el);
  document.body.append(wrapper);
  await until(() => deepAll(el.shadowRoot!, 'rtk-participant').length > 0, 'rows');
  await settled(el, 2);
  rows.push({
    measure: 'participants list 5,000: first render',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${deepAll(el.shadowRoot!, 'rtk-participant').length} rows in the DOM`,
  });

  // Search: type a query that matches few people.
  const target = meeting.participants.joined.toArray()[4321].name;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
  lit.updates = 0;
  start = performance.now();
  input.value = target;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await until(() => names(el).includes(target) && names(el).length < 50, 'search result');
  await settled(el);
  rows.push({
    measure: 'participants list 5,000: search',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `"${target}": ${names(el).length} rows, ${lit.updates} Lit updates`,
  });

  // Clear the search, then one person joins.
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el, 3);
  lit.updates = 0;
  start = performance.now();
  meeting.director.addPerson({ name: 'Newcomer' });
  await settled(el);
  rows.push({
    measure: 'participants list 5,000: one join',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${lit.updates} Lit updates (panel + list; no existing row)`,
  });

  // One visible person mutes.
  const visible = meeting.participants.joined.toArray()[2];
  lit.updates = 0;
  start = performance.now();
  meeting.director.setAudio(visible.id, !visible.audioEnabled);
  await settled(el);
  rows.push({
    measure: 'participants list 5,000: one mute',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${lit.updates} Lit update(s)`,
  });

  wrapper.remove();
  meeting.destroy();
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
