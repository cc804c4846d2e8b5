/**
 * Chat benchmark: `rtk-chat-messages-ui-paginated` in a joined demo meeting whose chat history
 * holds 10,000 messages. Measures the first render (until the newest rows are in the DOM and a
 * frame was painted), appending one message (until the frame that paints its row, with the Lit
 * updates it causes: of elements already on the page, and of the new row's own elements), and
 * scrolling up through the virtualized list for about two seconds (frame times, Lit updates per
 * frame against the rows newly shown).
 */
import { ReactiveElement } from 'lit';
import '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import type { RtkChatMessagesUiPaginated } from '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import { createDemoMeeting } from '../../src/demo/index.js';

const MESSAGES = 10_000;
const SCROLL_MS = 2000;
/** Pixels scrolled per frame: brisk wheel scrolling, new rows every frame. */
const SCROLL_STEP = 120;
/** Messages appended one by one (the median time is reported). */
const APPENDS = 21;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the current frame's rendering (style, layout, paint): a task queued now. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

let updates = 0;
/** Updates of elements that had rendered before (re-renders), and first renders. */
let again = 0;
let firsts = 0;
/** Re-renders by element name. */
const againBy = new Map<string, number>();
/** Message rows that rendered for the first time, and message rows that rendered again. */
let rowsNew = 0;
let rowsAgain = 0;
const rendered = new WeakSet<object>();
/** When the first new message row rendered (it is in the DOM from then on). */
let firstRowAt = 0;
const performUpdate = ReactiveElement.prototype[
  'performUpdate' as keyof ReactiveElement
] as () => void;
(ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (
  this: ReactiveElement,
) {
  if (this.isUpdatePending) {
    updates++;
    const row = (this as unknown as Element).localName === 'rtk-message-view';
    if (rendered.has(this)) {
      again++;
      const name = (this as unknown as Element).localName;
      againBy.set(name, (againBy.get(name) ?? 0) + 1);
      if (row) rowsAgain++;
    } else {
      rendered.add(this);
      firsts++;
      if (row) {
        rowsNew++;
        if (!firstRowAt) firstRowAt = performance.now();
      }
    }
  }
  return performUpdate.call(this);
};
const resetCounts = () => {
  updates = again = firsts = rowsNew = rowsAgain = firstRowAt = 0;
  againBy.clear();
};

function deepAll(root: Element | ShadowRoot, tag: string, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === tag) found.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, tag, found);
  }
  return found;
}

/** The message rows in the DOM (the virtualizer keeps only those around the view). */
const rowsIn = (el: Element) => deepAll(el.shadowRoot!, 'rtk-message-view');

/** The text of a row (which draws its text in its own shadow root), for finding one message. */
const textOf = (row: Element) => row.shadowRoot?.textContent ?? '';

async function until(test: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!test()) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 15000) throw new Error(`timed out: ${what}`);
  }
}

async function settled(root: Element, rounds = 1): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const all = [root, ...deepAll(root.shadowRoot!, 'rtk-message-list-view'), ...rowsIn(root)];
    await Promise.all(all.map((el) => (el as ReactiveElement).updateComplete));
    await frame();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function run() {
  const rows: { measure: string; value: string; notes: string }[] = [];
  const meeting = createDemoMeeting({ people: 6, seed: 7, latency: 0 });
  await meeting.join();
  meeting.director.chat.history(MESSAGES - meeting.chat!.messages.length);
  await frame();

  const wrapper = document.createElement('div');
  wrapper.style.cssText =
    'block-size: 720px; inline-size: 360px; display: flex; flex-direction: column';
  const el = document.createElement('rtk-chat-messages-ui-paginated') as RtkChatMessagesUiPaginated;
  el.meeting = meeting;

  // First render.
  updates = 0;
  let start = performance.now();
  wrapper.append(el);
  document.body.append(wrapper);
  await until(() => rowsIn(el).length > 0, 'rows');
  await frame();
  const firstRender = performance.now() - start;
  const firstUpdates = updates;
  rows.push({
    measure: `chat ${MESSAGES.toLocaleString('en')} messages: first render`,
    value: `${firstRender.toFixed(1)} ms`,
    notes: `${rowsIn(el).length} message rows in the DOM, ${firstUpdates} Lit updates`,
  });
  await settled(el, 3);

  // Append messages from others, one at a time. Each arrives at the start of a frame (in an
  // animation callback, as an event from the network would just before a frame) and is timed
  // until the frame that shows its row has been rendered and painted: a task queued from there
  // runs after that frame's style, layout and paint. A row that needs more frames counts them.
  const people = meeting.participants.joined.toArray();
  const times: number[] = [];
  const inDom: number[] = [];
  /** Frames after the first that an append needed before its row showed. */
  let later = 0;
  let total = 0;
  let existing = 0;
  let ownRow = 0;
  let otherRows = 0;
  const existingBy = new Map<string, number>();
  for (let i = 0; i < APPENDS; i++) {
    const text = `Benchmark: one more message ${i}`;
    await frame();
    resetCounts();
    start = performance.now();
    meeting.director.chat.send(people[i % 3].name, text);
    await afterPaint();
    // The time first, then the (slow, deep) look for the row.
    let end = performance.now();
    while (!rowsIn(el).some((r) => textOf(r).includes(text))) {
      await frame();
      await afterPaint();
      end = performance.now();
      later++;
    }
    times.push(end - start);
    inDom.push(firstRowAt - start);
    await settled(el, 2);
    total += updates;
    existing += again;
    for (const [name, n] of againBy) existingBy.set(name, (existingBy.get(name) ?? 0) + n);
    ownRow += firsts;
    otherRows += rowsAgain + Math.max(0, rowsNew - 1);
  }
  const per = (n: number) => (n / APPENDS).toFixed(1).replace(/\.0$/, '');
  rows.push({
    measure: `chat ${MESSAGES.toLocaleString('en')} messages: append one`,
    value: `median ${median(times).toFixed(1)} ms`,
    notes: `from the event at a frame's start until that frame, with the new row, is painted (the row in the DOM after a median ${median(inDom).toFixed(1)} ms; ${later} later frames in all), ${APPENDS} messages; ${per(total)} Lit updates per message: ${per(existing)} of elements already on the page (${[...existingBy].map(([name, n]) => `${name} ${per(n)}`).join(', ') || 'none'}), ${per(ownRow)} first renders of the new row's elements, ${per(otherRows)} of other rows; ${meeting.chat!.messages.length} messages`,
  });
  await settled(el, 2);

  // Scroll up through the list, one step per frame, for about two seconds.
  const scroller = deepAll(el.shadowRoot!, 'lit-virtualizer')[0] as HTMLElement;
  const frames: number[] = [];
  resetCounts();
  const scrollStart = scroller.scrollTop;
  start = performance.now();
  let last = await frame();
  while (performance.now() - start < SCROLL_MS) {
    scroller.scrollTop -= SCROLL_STEP;
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  const over = frames.filter((f) => f > 16.7).length;
  // At 60 Hz, rAF intervals jitter around 16.7 ms: a frame really dropped shows as about 33 ms.
  const dropped = frames.filter((f) => f > 25).length;
  rows.push({
    measure: `chat ${MESSAGES.toLocaleString('en')} messages: scrolling`,
    value: `median ${median(frames).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms`,
    notes: `${frames.length} frames, ${over} over 16.7 ms (${dropped} over 25 ms, i.e. dropped); ${Math.round(scrollStart - scroller.scrollTop)} px in ${SCROLL_STEP} px steps, ${updates} Lit updates, ${rowsIn(el).length} rows in the DOM`,
  });
  rows.push({
    measure: `chat ${MESSAGES.toLocaleString('en')} messages: Lit updates per scrolled frame`,
    value: `${(updates / frames.length).toFixed(1)}`,
    notes: `${(rowsNew / frames.length).toFixed(1)} rows newly shown per frame (${(firsts / Math.max(1, rowsNew)).toFixed(1)} elements each); ${rowsAgain} re-renders of rows already shown, ${again} updates of other elements already there`,
  });

  wrapper.remove();
  meeting.destroy();
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
