/**
 * Chat benchmark: `rtk-chat-messages-ui-paginated` in a joined demo meeting whose chat history
 * holds 10,000 messages. Measures the first render (until the newest rows are in the DOM and a
 * frame was painted), appending one message (until its row shows, with the Lit updates it
 * causes), and scrolling up through the virtualized list for about two seconds (frame times).
 */
import { ReactiveElement } from 'lit';
import '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import type { RtkChatMessagesUiPaginated } from '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import { createDemoMeeting } from '../../src/demo/index.js';

const MESSAGES = 10_000;
const SCROLL_MS = 2000;
/** Pixels scrolled per frame: brisk wheel scrolling, new rows every frame. */
const SCROLL_STEP = 120;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let updates = 0;
const performUpdate = ReactiveElement.prototype[
  'performUpdate' as keyof ReactiveElement
] as () => void;
(ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (
  this: ReactiveElement,
) {
  updates++;
  return performUpdate.call(this);
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

/** The text of every row, for finding one message. */
const textOf = (row: Element) =>
  deepAll(row, 'rtk-markdown-view')
    .map((m) => m.shadowRoot?.textContent ?? '')
    .join(' ');

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

  // Append one message from someone else.
  const from = meeting.participants.joined.toArray()[0].name;
  updates = 0;
  start = performance.now();
  meeting.director.chat.send(from, 'Benchmark: one more message');
  await until(
    () => rowsIn(el).some((r) => textOf(r).includes('Benchmark: one more message')),
    'the new row',
  );
  await frame();
  rows.push({
    measure: `chat ${MESSAGES.toLocaleString('en')} messages: append one`,
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `until the new row is painted; ${updates} Lit updates, ${meeting.chat!.messages.length} messages`,
  });
  await settled(el, 2);

  // Scroll up through the list, one step per frame, for about two seconds.
  const scroller = deepAll(el.shadowRoot!, 'lit-virtualizer')[0] as HTMLElement;
  const frames: number[] = [];
  updates = 0;
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

  wrapper.remove();
  meeting.destroy();
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
