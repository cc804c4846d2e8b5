import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/audio-grid/rtk-audio-grid.js';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkAudioGrid } from '../../src/components/audio-grid/rtk-audio-grid.js';
import {
  layoutAudioTiles,
  MIN_AUDIO_TILE_WIDTH,
} from '../../src/components/audio-grid/audio-grid.js';
import type { RtkAudioTile } from '../../src/components/audio-tile/rtk-audio-tile.js';
import {
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { nextFrame, until } from '../helpers/wait.js';

const tiles = (el: RtkAudioGrid) => [
  ...el.shadowRoot!.querySelectorAll<RtkAudioTile>('rtk-audio-tile'),
];
const names = (el: RtkAudioGrid) =>
  tiles(el).map((t) => t.shadowRoot!.querySelector('[part="name"]')?.textContent);

/** The share of `box` that the tiles cover, and their rects. */
function coverage(box: Element, tileEls: Element[]) {
  const b = box.getBoundingClientRect();
  let covered = 0;
  for (const t of tileEls) {
    const r = t.getBoundingClientRect();
    const w = Math.min(r.right, b.right) - Math.max(r.left, b.left);
    const h = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
    if (w > 0 && h > 0) covered += w * h;
  }
  return covered / (b.width * b.height);
}

/** The tiles once they sit at their measured places (and the glide to them has ended). */
async function placed(el: RtkAudioGrid, count: number) {
  let last = '';
  return until(
    async () => {
      await nextFrame();
      const now = tiles(el);
      const key = JSON.stringify(now.map((t) => t.getBoundingClientRect()));
      const same = key === last && now.length === count;
      last = key;
      return same ? now : undefined;
    },
    () => `the tiles never settled: ${last}`,
  );
}

describe('<rtk-audio-grid>', () => {
  it('lists you and everyone joined as audio tiles', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid></rtk-audio-grid>`,
      {
        people: 3,
        join: true,
        preset: 'audio-room',
      },
    );
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    expect(names(el)).to.deep.equal([
      'You',
      ...meeting.participants.joined.toArray().map((p) => p.name),
    ]);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(
      'Participants',
    );
    await expect(el).to.be.accessible();
  });

  it('follows joins and leaves, keeps tiles, and hides self on request', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid hide-self></rtk-audio-grid>`,
      {
        people: 1,
        join: true,
        preset: 'audio-room',
      },
    );
    const first = tiles(el)[0];
    const ada = meeting.director.addPerson({ name: 'Ada Lovelace' });
    await el.updateComplete;
    expect(tiles(el).length).to.equal(2);
    expect(tiles(el)[0]).to.equal(first);
    meeting.director.removePerson(ada.id);
    await el.updateComplete;
    expect(tiles(el).length).to.equal(1);
  });

  it('does not re-render on a mic toggle', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid></rtk-audio-grid>`,
      { people: 2, join: true },
    );
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    const person = meeting.director.people[0]!;
    meeting.director.setAudio(person.id, !person.audioEnabled);
    await el.updateComplete;
    expect(updates).to.equal(0);
  });

  it('shows a message with nobody and tolerates a partial meeting', async () => {
    const { el } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid .meeting=${{ self: {} } as never}></rtk-audio-grid>`,
    );
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal(
      'Waiting for others to join…',
    );
  });

  it('leaves no listener when removed', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid .meeting=${meeting}></rtk-audio-grid>`,
    );
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('fills its box with large tiles that grow with it, centred', async () => {
    const meeting = await demoMeeting({ people: 7, join: true, preset: 'audio-room' });
    const frame = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 374px; block-size: 728px">
        <rtk-audio-grid .meeting=${meeting}></rtk-audio-grid>
      </div>`,
    );
    const el = frame.querySelector('rtk-audio-grid')!;
    const phone = await placed(el, 8);
    expect(coverage(el, phone)).to.be.at.least(0.8);
    const phoneWidth = phone[0]!.getBoundingClientRect().width;
    expect(phoneWidth).to.be.at.least(MIN_AUDIO_TILE_WIDTH);
    frame.style.inlineSize = '1264px';
    frame.style.blockSize = '653px';
    await until(async () => {
      await nextFrame();
      return tiles(el)[0]!.getBoundingClientRect().width > phoneWidth;
    }, 'tiles did not grow with the box');
    const laptop = await placed(el, 8);
    expect(coverage(el, laptop)).to.be.at.least(0.8);
    // Rows are centred: as much room at the start as at the end, above as below.
    const box = el.getBoundingClientRect();
    const rects = laptop.map((t) => t.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left)) - box.left;
    const right = box.right - Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top)) - box.top;
    const bottom = box.bottom - Math.max(...rects.map((r) => r.bottom));
    expect(Math.abs(left - right)).to.be.at.most(2);
    expect(Math.abs(top - bottom)).to.be.at.most(2);
    // The avatar grows with the tile: larger than the old fixed 4rem at a laptop.
    const avatar = laptop[0]!.shadowRoot!.querySelector('rtk-avatar')!.getBoundingClientRect();
    expect(avatar.width).to.be.greaterThan(120);
  });

  it('keeps tiles at least 120 px wide and scrolls when too many fit', async () => {
    const meeting = await demoMeeting({ people: 11, join: true, preset: 'audio-room' });
    const frame = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 300px; block-size: 300px">
        <rtk-audio-grid .meeting=${meeting}></rtk-audio-grid>
      </div>`,
    );
    const el = frame.querySelector('rtk-audio-grid')!;
    const all = await placed(el, 12);
    for (const t of all)
      expect(t.getBoundingClientRect().width).to.be.at.least(MIN_AUDIO_TILE_WIDTH);
    expect(el.scrollHeight).to.be.greaterThan(el.clientHeight);
    // The layout on its own: square tiles, two to a row, centred in the width.
    const layout = layoutAudioTiles(12, 300, 300);
    expect(layout.tiles.map((t) => t.width)).to.deep.equal(Array(12).fill(146));
    expect(layout.height).to.equal(6 * 146 + 5 * 8);
    expect(layoutAudioTiles(0, 300, 300).tiles).to.deep.equal([]);
    expect(layoutAudioTiles(3, 0, 0).tiles).to.deep.equal([]);
  });

  it('shows people on stage first, hosts leading, then listeners, and follows stage changes', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid></rtk-audio-grid>`,
      { people: 0, join: true, preset: 'audio-room' },
    );
    const ada = meeting.director.addPerson({ name: 'Ada Lovelace' });
    const grace = meeting.director.addPerson({ name: 'Grace Hopper' });
    meeting.director.addPerson({ name: 'Alan Turing', presetName: 'host' });
    await el.updateComplete;
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    expect(names(el)).to.deep.equal(['Alan Turing', 'You', 'Ada Lovelace', 'Grace Hopper']);
    ada.setStageStatus('OFF_STAGE');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Alan Turing', 'You', 'Grace Hopper', 'Ada Lovelace']);
    grace.setStageStatus('REQUESTED_TO_JOIN_STAGE');
    ada.setStageStatus('ON_STAGE');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Alan Turing', 'You', 'Ada Lovelace', 'Grace Hopper']);
  });

  it('fills the stage of an audio room inside rtk-meeting', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const meeting = await demoMeeting({ people: 7, join: true, preset: 'audio-room' });
      const page = await fixture(
        html`<rtk-meeting .meeting=${meeting} style="position: fixed; inset: 0"></rtk-meeting>`,
      );
      const grid = await until(
        () => queryDeep<RtkAudioGrid>(page, 'rtk-audio-grid'),
        'no audio grid in the meeting',
      );
      const all = await placed(grid, 8);
      const stage = queryDeep(page, 'rtk-stage')!;
      expect(coverage(stage, all)).to.be.at.least(0.8);
      expect(queryAllDeep(page, 'rtk-audio-tile').length).to.equal(8);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
