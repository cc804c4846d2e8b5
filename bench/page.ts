/**
 * The page the benchmarks run in (bundled by bench/run.mjs, production Lit). Exposes
 * `window.bench` with one function per measurement; each returns plain numbers.
 */
import { ReactiveElement } from 'lit';
import '../src/index.js';
import { createDemoMeeting, type DemoMeeting } from '../src/demo/index.js';
import type { RtkMeeting } from '../src/classes.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Counts Lit updates (any kit element) while `fn` and the updates it causes run, and by tag. */
let updates = 0;
let byTag: Record<string, number> = {};
const performUpdate = ReactiveElement.prototype[
  'performUpdate' as keyof ReactiveElement
] as () => void;
(ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (
  this: ReactiveElement,
) {
  updates++;
  byTag[this.localName] = (byTag[this.localName] ?? 0) + 1;
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
    const pending = [root, ...tilesIn(root)].filter(
      (el) => el instanceof ReactiveElement && !el.isUpdatePending,
    );
    await Promise.all(pending.map((el) => (el as ReactiveElement).updateComplete));
    await frame();
  }
}

/**
 * Waits until the meeting's audio list (built 8 people at a time once the stage is idle) has
 * everyone and plays every unmuted person.
 */
async function audioListBuilt(root: RtkMeeting, meeting: DemoMeeting): Promise<void> {
  const audio = (): HTMLAudioElement[] => {
    const found: HTMLAudioElement[] = [];
    const walk = (node: ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName === 'rtk-participants-audio')
          found.push(...(el.shadowRoot?.querySelectorAll('audio') ?? []));
        else if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    return found;
  };
  const start = performance.now();
  const people = meeting.participants.joined.toArray();
  const unmuted = people.filter((p) => p.audioEnabled).length;
  const done = () => {
    const all = audio();
    return all.length === people.length && all.filter((a) => a.srcObject).length === unmuted;
  };
  while (!done() && performance.now() - start < 10000) await frame();
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
async function firstRender(people: number): Promise<{ ms: number; tiles: number; demoMs: number }> {
  cleanup();
  const setup = performance.now();
  const meeting = createDemoMeeting({ people, seed: 7, latency: 0, video: true, audio: true });
  await meeting.join();
  // The demo's own construction, outside the measure: its synthetic voices (a WebAudio graph per
  // unmuted person) stand for tracks a real meeting receives from the network before any UI runs;
  // the same for the cameras of the people on the first page (what the SDK consumes for the grid).
  for (const p of meeting.participants.joined.toArray()) void p.audioTrack;
  for (const p of meeting.participants.active.toArray()) void p.videoTrack;
  const demoMs = performance.now() - setup;
  const expected = Math.min(meeting.participants.active.size, people) + 1;
  await frame();
  const element = document.createElement('rtk-meeting');
  element.style.cssText = 'display:block;width:1280px;height:720px';
  const start = performance.now();
  element.meeting = meeting;
  document.body.append(element);
  while (tilesIn(element).length < expected) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 10000)
      throw new Error(`only ${tilesIn(element).length} of ${expected} tiles`);
  }
  await Promise.all(tilesIn(element).map((t) => (t as ReactiveElement).updateComplete));
  await frame();
  const ms = performance.now() - start;
  current = { meeting, element };
  return { ms, tiles: tilesIn(element).length, demoMs };
}

/** Lit updates caused by one remote person's mic toggle, in a joined meeting of `people`. */
async function updatesPerMicToggle(people: number): Promise<{ updates: number; tiles: number }> {
  await firstRender(people);
  const { meeting, element } = current!;
  await settled(element);
  await audioListBuilt(element, meeting);
  const person = meeting.participants.active.toArray()[0]!;
  updates = 0;
  meeting.director.setAudio(person.id, !person.audioEnabled);
  await settled(element);
  return { updates, tiles: tilesIn(element).length };
}

/** Every shadow root inside `root` (through shadow roots), `root`'s own included. */
function shadowRootsIn(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    found.push(root.shadowRoot);
    walk(root.shadowRoot);
  }
  return found;
}

/**
 * What one remote mic toggle changes in a joined meeting of `people`: the shadow roots whose DOM
 * changed (a node, an attribute or text; `MutationObserver` on every shadow root), named by their
 * host, and the Lit updates, by tag.
 */
async function shadowRootsPerMicToggle(
  people: number,
): Promise<{ roots: number; hosts: string[]; updates: number; byTag: Record<string, number> }> {
  await firstRender(people);
  const { meeting, element } = current!;
  await settled(element);
  await audioListBuilt(element, meeting);
  const person = meeting.participants.active.toArray()[0]!;
  const changed = new Map<ShadowRoot, Set<string>>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const root = r.target.getRootNode() as ShadowRoot;
      const what =
        r.type === 'attributes'
          ? `${(r.target as Element).localName}[${r.attributeName}]`
          : 'nodes';
      changed.set(root, (changed.get(root) ?? new Set()).add(what));
    }
  });
  // The meeting's clock ticks once a second whatever happens: its text is not the toggle's doing.
  for (const root of shadowRootsIn(element).filter((r) => r.host.localName !== 'rtk-clock'))
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  byTag = {};
  updates = 0;
  meeting.director.setAudio(person.id, !person.audioEnabled);
  await settled(element);
  observer.disconnect();
  const hosts = [...changed].map(([r, what]) => `${r.host.localName}: ${[...what].join(' ')}`);
  return { roots: changed.size, hosts, updates, byTag: { ...byTag } };
}

/** Toggles one on-screen remote person's mic and waits for the frame that shows it (for CDP metrics). */
async function toggleMic(i: number): Promise<void> {
  const { meeting, element } = current!;
  const shown = meeting.participants.active.toArray();
  const person = shown[i % shown.length]!;
  meeting.director.setAudio(person.id, !person.audioEnabled);
  await settled(element);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Cost of one participant event in a joined meeting of `people`: `toggles` remote mic toggles
 * (one at a time, on people whose tiles are on screen). For each: script time from the event until
 * every Lit update it caused has finished, time until the next frame was painted (the rAF after
 * next), and how many Lit updates it caused.
 */
async function eventCost(
  people: number,
  toggles = 15,
): Promise<{ scriptMs: number; frameMs: number; updates: number; tiles: number }> {
  await firstRender(people);
  const { meeting, element } = current!;
  await settled(element);
  await audioListBuilt(element, meeting);
  const shown = meeting.participants.active.toArray();
  const script: number[] = [];
  const painted: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < toggles; i++) {
    const person = shown[i % shown.length]!;
    await frame();
    updates = 0;
    const start = performance.now();
    meeting.director.setAudio(person.id, !person.audioEnabled);
    // Lit updates run as microtasks: after this await, every update the event caused is done.
    await Promise.all(
      [element, ...tilesIn(element)].map((el) => (el as ReactiveElement).updateComplete),
    );
    script.push(performance.now() - start);
    await frame(); // the frame that shows the change…
    await frame(); // …has been painted when the next one starts
    painted.push(performance.now() - start);
    counts.push(updates);
  }
  return {
    scriptMs: median(script),
    frameMs: median(painted),
    updates: median(counts),
    tiles: tilesIn(element).length,
  };
}

/**
 * Frame budget while `people` people talk for `ms`: that many `rtk-participant-tile`s (each with
 * its audio meter, one shared rAF loop) in a grid, everyone speaking, and the director
 * re-scripting a few voices every 100 ms so that levels change at least ten times a second.
 * Reports frames seen, dropped frames (gap > 1.5 × the median frame), long frames (> 50 ms), the
 * worst gap, how often the level of each tile was seen to change per second, and Lit updates
 * (which must be 0: levels are drawn through a CSS custom property).
 */
async function audioLevelFrames(people = 25, ms = 3000) {
  cleanup();
  const meeting = createDemoMeeting({ people, seed: 11, latency: 0, video: false, audio: true });
  await meeting.join();
  const grid = document.createElement('div');
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(5,1fr);gap:4px;width:1280px';
  const tiles = meeting.director.people.slice(0, people).map((person) => {
    meeting.director.setAudio(person.id, true);
    const tile = document.createElement('rtk-participant-tile');
    tile.meeting = meeting;
    tile.participant = person;
    grid.append(tile);
    return tile;
  });
  document.body.append(grid);
  await Promise.all(tiles.map((t) => t.updateComplete));
  for (const person of meeting.director.people) meeting.director.speak(person.id, ms + 1000);
  await frame();
  await frame();
  updates = 0;
  const deltas: number[] = [];
  let levelChanges = 0;
  const last = tiles.map(() => '');
  const start = performance.now();
  let previous = start;
  let round = 0;
  const sampler = setInterval(() => {
    tiles.forEach((tile, i) => {
      // The tile writes its level on its container, inside its shadow root.
      const container = tile.shadowRoot?.querySelector<HTMLElement>('[part="container"]');
      const level = container?.style.getPropertyValue('--rtk-audio-level') ?? '';
      if (level !== last[i]) levelChanges++;
      last[i] = level;
    });
    const everyone = meeting.director.people;
    for (let k = 0; k < 3; k++)
      meeting.director.speak(everyone[(round * 3 + k) % everyone.length]!.id, 800);
    round++;
  }, 100);
  while (performance.now() - start < ms) {
    const now = await frame();
    deltas.push(now - previous);
    previous = now;
  }
  clearInterval(sampler);
  const litUpdates = updates;
  const typical = median(deltas);
  const result = {
    frames: deltas.length,
    medianFrameMs: typical,
    dropped: deltas.filter((d) => d > typical * 1.5).length,
    longFrames: deltas.filter((d) => d > 50).length,
    worstMs: Math.max(...deltas),
    levelChangesPerTilePerSecond: levelChanges / tiles.length / (ms / 1000),
    litUpdates,
    tiles: tiles.length,
  };
  grid.remove();
  meeting.destroy();
  return result;
}

(window as unknown as { bench: object }).bench = {
  firstRender,
  updatesPerMicToggle,
  eventCost,
  audioLevelFrames,
  shadowRootsPerMicToggle,
  toggleMic,
  cleanup,
};
