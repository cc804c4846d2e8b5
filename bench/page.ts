/**
 * The page the benchmarks run in (bundled by bench/run.mjs, production Lit). Exposes
 * `window.bench` with one function per measurement; each returns plain numbers.
 */
import { ReactiveElement } from 'lit';
import '../src/index.js';
import { createDemoMeeting, type DemoMeeting } from '../src/demo/index.js';
import type { RtkMeeting } from '../src/classes.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Counts Lit updates (any kit element) while `fn` and the updates it causes run. */
let updates = 0;
const performUpdate = ReactiveElement.prototype['performUpdate' as keyof ReactiveElement] as () => void;
(ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (this: ReactiveElement) {
  updates++;
  return performUpdate.call(this);
};

/** Every `rtk-participant-tile` inside the meeting (through shadow roots). */
function tilesIn(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'rtk-participant-tile') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return found;
}

async function settled(root: Element): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const pending = [root, ...tilesIn(root)].filter((el) => el instanceof ReactiveElement && !el.isUpdatePending);
    await Promise.all(pending.map((el) => (el as ReactiveElement).updateComplete));
    await frame();
  }
}

let current: { meeting: DemoMeeting; element: RtkMeeting } | undefined;

function cleanup(): void {
  current?.element.remove();
  current?.meeting.destroy();
  current = undefined;
}

/**
 * Time (ms) from putting a joined meeting of `people` remote people into a new `<rtk-meeting>`
 * until every tile it shows has rendered and a frame was painted.
 */
async function firstRender(people: number): Promise<{ ms: number; tiles: number }> {
  cleanup();
  const meeting = createDemoMeeting({ people, seed: 7, latency: 0, video: true, audio: true });
  await meeting.join();
  const expected = Math.min(meeting.participants.active.size, people) + 1;
  await frame();
  const element = document.createElement('rtk-meeting');
  element.style.cssText = 'display:block;width:1280px;height:720px';
  const start = performance.now();
  element.meeting = meeting;
  document.body.append(element);
  while (tilesIn(element).length < expected) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 10000) throw new Error(`only ${tilesIn(element).length} of ${expected} tiles`);
  }
  await Promise.all(tilesIn(element).map((t) => (t as ReactiveElement).updateComplete));
  await frame();
  const ms = performance.now() - start;
  current = { meeting, element };
  return { ms, tiles: tilesIn(element).length };
}

/** Lit updates caused by one remote person's mic toggle, in a joined meeting of `people`. */
async function updatesPerMicToggle(people: number): Promise<{ updates: number; tiles: number }> {
  await firstRender(people);
  const { meeting, element } = current!;
  await settled(element);
  const person = meeting.participants.active.toArray()[0]!;
  updates = 0;
  meeting.director.setAudio(person.id, !person.audioEnabled);
  await settled(element);
  return { updates, tiles: tilesIn(element).length };
}

(window as unknown as { bench: object }).bench = { firstRender, updatesPerMicToggle, cleanup };
