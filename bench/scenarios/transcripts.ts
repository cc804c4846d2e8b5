/**
 * Transcript benchmark, in a joined demo meeting with transcription:
 * - one transcript line: a result arriving (`meeting.ai`'s `transcript` event) until the caption
 *   (`rtk-transcripts`) shows it painted, for a new line and for a partial result growing a line
 *   in place, with the Lit updates each causes;
 * - the transcript panel (`rtk-ai-transcriptions`) with 5,000 lines: first render until rows are
 *   in the DOM and painted, one more line appended, and scrolling up for about two seconds.
 */
import { deepAll, frame, lit } from '../harness.js';
import '../../src/components/transcripts/rtk-transcripts.js';
import '../../src/components/ai-transcriptions/rtk-ai-transcriptions.js';
import { createDemoMeeting } from '../../src/demo/index.js';
import type { TranscriptionData } from '../../src/meeting/ai.js';

const LINES = 5_000;
const SAMPLES = 21;
const SCROLL_MS = 2000;
const SCROLL_STEP = 120;

/** Whether a caption line of `root` shows `words` (drawn into its shadow root). */
const shows = (root: Element, words: string): boolean =>
  deepAll(root.shadowRoot!, '[part="text"]').some((el) => el.textContent === words);

async function until(test: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!test()) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 15000) throw new Error(`timed out: ${what}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function run() {
  const rows: { measure: string; value: string; notes: string }[] = [];
  const meeting = createDemoMeeting({ people: 6, seed: 7, latency: 0, preset: 'host' });
  await meeting.join();
  const speaker = meeting.participants.joined.toArray()[0]!;
  let n = 0;
  const result = (text: string, partial: boolean, id = `bench-${n}`): TranscriptionData => ({
    id,
    name: speaker.name,
    peerId: speaker.id,
    userId: speaker.userId,
    customParticipantId: 'bench',
    transcript: text,
    isPartialTranscript: partial,
    date: new Date(),
  });

  // One transcript line, as a caption.
  const captions = document.createElement('rtk-transcripts');
  captions.meeting = meeting;
  captions.style.cssText = 'inline-size: 960px';
  document.body.append(captions);
  await until(() => deepAll(captions.shadowRoot!, '[part="container"]').length > 0, 'captions');
  await frame();
  const newLine: number[] = [];
  const grow: number[] = [];
  let newUpdates = 0;
  let growUpdates = 0;
  for (let i = 0; i < SAMPLES; i++) {
    n++;
    const words = `Benchmark line ${n} with a few words`;
    lit.updates = 0;
    let start = performance.now();
    meeting.ai.emit('transcript', result('Benchmark', true));
    await until(() => shows(captions, 'Benchmark'), 'the new caption');
    await frame();
    newLine.push(performance.now() - start);
    newUpdates += lit.updates;
    lit.updates = 0;
    start = performance.now();
    meeting.ai.emit('transcript', result(words, false));
    await until(() => shows(captions, words), 'the grown caption');
    await frame();
    grow.push(performance.now() - start);
    growUpdates += lit.updates;
  }
  rows.push({
    measure: 'one transcript line (caption): a new line',
    value: `median ${median(newLine).toFixed(1)} ms`,
    notes: `result event until painted, ${SAMPLES} lines; ${(newUpdates / SAMPLES).toFixed(1)} Lit updates per line`,
  });
  rows.push({
    measure: 'one transcript line (caption): partial result replaced in place',
    value: `median ${median(grow).toFixed(1)} ms`,
    notes: `${(growUpdates / SAMPLES).toFixed(1)} Lit updates per result; the line keeps its element`,
  });
  captions.remove();

  // The panel with 5,000 lines.
  meeting.director.ai.history(LINES - meeting.ai.transcripts.length);
  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'block-size: 720px; inline-size: 360px; display: flex';
  const panel = document.createElement('rtk-ai-transcriptions');
  panel.meeting = meeting;
  panel.style.flex = '1';
  lit.updates = 0;
  let start = performance.now();
  wrapper.append(panel);
  document.body.append(wrapper);
  const groups = () => deepAll(panel.shadowRoot!, '[part="group"]');
  await until(() => groups().length > 0, 'panel rows');
  await frame();
  rows.push({
    measure: `transcript panel, ${LINES.toLocaleString('en')} lines: first render`,
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${groups().length} speaker groups in the DOM (virtualized), ${lit.updates} Lit updates`,
  });
  for (let i = 0; i < 3; i++) await frame();

  n++;
  const last = `Benchmark panel line ${n}`;
  lit.updates = 0;
  start = performance.now();
  meeting.ai.emit('transcript', result(last, false));
  await until(() => groups().some((g) => g.textContent?.includes(last)), 'the appended line');
  await frame();
  rows.push({
    measure: `transcript panel, ${LINES.toLocaleString('en')} lines: one more line`,
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `until painted; ${lit.updates} Lit updates`,
  });
  for (let i = 0; i < 3; i++) await frame();

  const scroller = deepAll(panel.shadowRoot!, 'lit-virtualizer')[0] as HTMLElement;
  const frames: number[] = [];
  lit.updates = 0;
  const scrollStart = scroller.scrollTop;
  start = performance.now();
  let previous = await frame();
  while (performance.now() - start < SCROLL_MS) {
    scroller.scrollTop -= SCROLL_STEP;
    const now = await frame();
    frames.push(now - previous);
    previous = now;
  }
  const dropped = frames.filter((f) => f > 25).length;
  rows.push({
    measure: `transcript panel, ${LINES.toLocaleString('en')} lines: scrolling`,
    value: `median ${median(frames).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms`,
    notes: `${frames.length} frames, ${dropped} over 25 ms (dropped); ${Math.round(scrollStart - scroller.scrollTop)} px, ${lit.updates} Lit updates (${(lit.updates / frames.length).toFixed(2)} per frame: the groups are plain templates, the list and virtualizer update when a range settles), ${groups().length} groups in the DOM`,
  });

  wrapper.remove();
  meeting.destroy();
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
