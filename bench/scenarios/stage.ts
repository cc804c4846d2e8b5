/**
 * Stage requests benchmark: `rtk-stage-requests` for a webinar host with 500 pending requests
 * (out of 520 viewers). Measures the first render (until the first page of rows is painted),
 * accepting one request (click until the row is gone and a frame painted), and one new request
 * arriving (until it is listed), with the Lit updates each causes.
 */
import type { ReactiveElement } from 'lit';
import { deepAll, frame, lit } from '../harness.js';
import '../../src/components/stage-requests/rtk-stage-requests.js';
import type { RtkStageRequests } from '../../src/components/stage-requests/rtk-stage-requests.js';
import { createDemoMeeting } from '../../src/demo/index.js';

/** Waits until every element inside is up to date and a frame was painted. */
async function settled(root: Element, rounds = 2): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const all = [root, ...deepAll(root.shadowRoot!, '*')].filter((el) => 'updateComplete' in el);
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
  deepAll(el.shadowRoot!, '[part="name"]').map((n) => n.textContent?.trim());

async function run() {
  const rows: { measure: string; value: string; notes: string }[] = [];
  const meeting = createDemoMeeting({
    people: 521,
    preset: 'webinar-host',
    seed: 7,
    latency: 0,
    audio: false,
    video: false,
  });
  await meeting.join();
  const viewers = meeting.director.people.filter((p) => p.presetName === 'webinar-viewer');
  meeting.director.stage.requestMany(viewers.slice(0, 500).map((p) => p.id));
  await frame();

  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'block-size: 720px; inline-size: 360px';
  const el = document.createElement('rtk-stage-requests') as RtkStageRequests;
  el.meeting = meeting;
  lit.updates = 0;
  let start = performance.now();
  wrapper.append(el);
  document.body.append(wrapper);
  await until(() => deepAll(el.shadowRoot!, '[part="request"]').length > 0, 'rows');
  await settled(el);
  rows.push({
    measure: 'stage requests 500: first render',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${deepAll(el.shadowRoot!, '[part="request"]').length} rows in the DOM, ${lit.updates} Lit updates`,
  });

  // Accept the first request.
  const first = viewers[0];
  const accept = deepAll(el.shadowRoot!, '[part="accept-button"]')[0] as HTMLElement;
  lit.updates = 0;
  start = performance.now();
  accept.shadowRoot!.querySelector('button')!.click();
  await until(
    () => first.stageStatus === 'ON_STAGE' && !names(el).includes(first.name),
    'accepted',
  );
  await settled(el);
  rows.push({
    measure: 'stage requests 500: accept one',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `click until the row is gone and painted; ${lit.updates} Lit updates`,
  });

  // A new request arrives (shown on the first page only if it fits; check the count instead).
  const newcomer = viewers[510];
  const countText = () => deepAll(el.shadowRoot!, '[part="heading-count"]')[0]?.textContent?.trim();
  lit.updates = 0;
  start = performance.now();
  meeting.director.stage.request(newcomer.id);
  await until(() => countText() === '500 requests', 'new request counted');
  await settled(el);
  rows.push({
    measure: 'stage requests 500: a new request arrives',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `event until the list is updated and painted; ${lit.updates} Lit updates`,
  });

  el.remove();
  meeting.destroy();
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
