/**
 * Large rooms: a 49-tile gallery with synthetic video (frames presented and dropped over 5 s, from
 * each `<video>`'s `getVideoPlaybackQuality()`), and a joined meeting of 1,000 people in
 * `rtk-meeting`: first render, one join, one leave, then the participants panel (first render,
 * one join), each with the Lit updates it causes.
 */
import { ReactiveElement } from 'lit';
import { deepAll, frame, lit } from '../harness.js';
import '../../src/index.js';
import type { RtkMeeting } from '../../src/classes.js';
import { createDemoMeeting } from '../../src/demo/index.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';

/** Waits until every kit element inside `root` is up to date and a frame was painted. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const all = [root, ...deepAll(root.shadowRoot!, '*')].filter(
      (el): el is ReactiveElement => el instanceof ReactiveElement,
    );
    await Promise.all(all.map((el) => el.updateComplete));
    await frame();
    if (!all.some((el) => el.isUpdatePending)) return;
  }
}

async function until(test: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!test()) {
    await new Promise((r) => setTimeout(r, 0));
    if (performance.now() - start > 20000) throw new Error(`timed out: ${what}`);
  }
}

type Row = { measure: string; value: string; notes: string };

/** 49 tiles of people with their cameras on in a 1280×720 grid, watched for 5 s. */
async function gallery(rows: Row[]) {
  const meeting = createDemoMeeting({ people: 48, seed: 7, latency: 0, video: true, audio: false });
  await meeting.join();
  meeting.participants.setMaxActiveParticipantsCount(49);
  const el = document.createElement('rtk-simple-grid');
  el.style.cssText = 'display:block;width:1280px;height:720px';
  el.meeting = meeting;
  el.participants = [meeting.self, ...meeting.director.people];
  const start = performance.now();
  document.body.append(el);
  await until(() => deepAll(el.shadowRoot!, 'video').length === 49, '49 videos');
  await settled(el);
  const firstMs = performance.now() - start;
  const videos = deepAll(el.shadowRoot!, 'video') as HTMLVideoElement[];
  await until(() => videos.some((v) => v.readyState >= 2), 'a video playing');
  await new Promise((r) => setTimeout(r, 1000));
  const playing = videos.filter((v) => v.readyState >= 2).length;
  const quality = () =>
    videos.reduce(
      (sum, v) => {
        const q = v.getVideoPlaybackQuality();
        return {
          total: sum.total + q.totalVideoFrames,
          dropped: sum.dropped + q.droppedVideoFrames,
        };
      },
      { total: 0, dropped: 0 },
    );
  const before = quality();
  const frames: number[] = [];
  let previous = performance.now();
  const end = previous + 5000;
  while (performance.now() < end) {
    const now = await frame();
    frames.push(now - previous);
    previous = now;
  }
  const after = quality();
  const total = after.total - before.total;
  const dropped = after.dropped - before.dropped;
  const sorted = [...frames].sort((a, b) => a - b);
  rows.push({
    measure: 'gallery of 49 tiles with video: first render',
    value: `${firstMs.toFixed(1)} ms`,
    notes: `${videos.length} <video> elements, ${meeting.director.activeVideoConsumers()} attached to a live track`,
  });
  rows.push({
    measure: 'gallery of 49 tiles with video: 5 s of playback',
    value: `${dropped} of ${total} video frames dropped (${((dropped / Math.max(1, total)) * 100).toFixed(1)}%)`,
    notes: `getVideoPlaybackQuality() over 49 videos (${playing} playing after 1 s); page frames median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, worst ${sorted[sorted.length - 1]!.toFixed(1)} ms`,
  });
  el.remove();
  meeting.destroy();
}

/** `rtk-meeting` joined with 1,000 people: first render, one join, one leave, the people panel. */
async function thousand(rows: Row[]) {
  const meeting = createDemoMeeting({
    people: 999,
    seed: 7,
    latency: 0,
    video: false,
    audio: false,
  });
  await meeting.join();
  // The demo's synthetic voices (tracks a real meeting receives from the network) exist before the
  // UI runs: made here, outside the measure.
  for (const p of meeting.participants.joined.toArray()) void p.audioTrack;
  const el = document.createElement('rtk-meeting') as RtkMeeting;
  el.style.cssText = 'display:block;width:1280px;height:720px';
  lit.updates = 0;
  let start = performance.now();
  el.meeting = meeting;
  document.body.append(el);
  await until(() => deepAll(el.shadowRoot!, 'rtk-participant-tile').length > 0, 'tiles');
  await settled(el);
  rows.push({
    measure: '1,000 people in rtk-meeting: first render',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${deepAll(el.shadowRoot!, 'rtk-participant-tile').length} tiles, ${lit.updates} Lit updates`,
  });

  lit.updates = 0;
  start = performance.now();
  const newcomer = meeting.director.addPerson({ name: 'Newcomer' });
  await settled(el);
  rows.push({
    measure: '1,000 people in rtk-meeting: one join',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `until settled and painted; ${lit.updates} Lit updates`,
  });

  lit.updates = 0;
  start = performance.now();
  meeting.director.removePerson(newcomer.id);
  await settled(el);
  rows.push({
    measure: '1,000 people in rtk-meeting: one leave',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `until settled and painted; ${lit.updates} Lit updates`,
  });

  lit.updates = 0;
  start = performance.now();
  el.shadowRoot!.firstElementChild!.dispatchEvent(
    new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'participants' }),
  );
  await until(() => deepAll(el.shadowRoot!, 'rtk-participant').length > 0, 'rows');
  await settled(el);
  rows.push({
    measure: '1,000 people: participants panel, first render',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `${deepAll(el.shadowRoot!, 'rtk-participant').length} rows in the DOM (panel code loaded on open included), ${lit.updates} Lit updates`,
  });

  lit.updates = 0;
  start = performance.now();
  meeting.director.addPerson({ name: 'Latecomer' });
  await settled(el);
  rows.push({
    measure: '1,000 people: participants panel open, one join',
    value: `${(performance.now() - start).toFixed(1)} ms`,
    notes: `until settled and painted; ${lit.updates} Lit updates`,
  });

  el.remove();
  meeting.destroy();
}

async function run() {
  const rows: Row[] = [];
  await gallery(rows);
  await thousand(rows);
  return rows;
}

(window as unknown as { benchScenario: () => Promise<unknown> }).benchScenario = run;
