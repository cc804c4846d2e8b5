import { expect, html } from '@open-wc/testing';
import '../../src/components/grid/rtk-grid.js';
import type { RtkGrid } from '../../src/components/grid/rtk-grid.js';
import { computeGridLayout, parseAspectRatio } from '../../src/components/grid/grid-layout.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const tiles = (el: RtkGrid) => [...el.shadowRoot!.querySelectorAll<RtkParticipantTile>('rtk-participant-tile')];
const names = (el: RtkGrid) => tiles(el).map((t) => t.shadowRoot!.querySelector('[part="name"]')?.textContent);

async function settle(el: RtkGrid) {
  await el.updateComplete;
  await Promise.all(tiles(el).map((t) => t.updateComplete));
}

describe('<rtk-grid>', () => {
  it('lists self first, then everyone active, by name', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, { people: 3, join: true });
    await settle(el);
    const others = meeting.participants.active.toArray().map((p) => p.name);
    expect(names(el)).to.deep.equal(['You (you)', ...others]);
    const list = el.shadowRoot!.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Participants');
    expect(list.querySelectorAll('[role="listitem"]').length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('puts self last when the config asks for it', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(html`<rtk-grid .config=${{ selfTilePosition: 'last' }}></rtk-grid>`, {
      people: 2,
      join: true,
    });
    await settle(el);
    expect(names(el).at(-1)).to.equal('You (you)');
  });

  it('adds and removes one tile per join and leave, keeping the other tiles', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, { people: 2, join: true });
    await settle(el);
    const [selfTile, firstTile] = tiles(el);
    const newcomer = meeting.director.addPerson({ name: 'Ada Lovelace' });
    await settle(el);
    expect(names(el)).to.include('Ada Lovelace');
    expect(tiles(el).length).to.equal(4);
    expect(tiles(el)[0]).to.equal(selfTile);
    expect(tiles(el)[1]).to.equal(firstTile);
    meeting.director.removePerson(newcomer.id);
    await settle(el);
    expect(names(el)).not.to.include('Ada Lovelace');
    expect(tiles(el)[1]).to.equal(firstTile);
  });

  it('hides and shows the self tile on toggleTile', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, { people: 1, join: true });
    await meeting.self.hide();
    await settle(el);
    expect(names(el)).not.to.include('You (you)');
    meeting.self.show();
    await settle(el);
    expect(names(el)[0]).to.equal('You (you)');
  });

  it('does not re-render on a person toggling their media', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, { people: 2, join: true });
    await settle(el);
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    const person = meeting.participants.active.toArray()[0]!;
    meeting.director.setAudio(person.id, !person.audioEnabled);
    meeting.director.setVideo(person.id, !person.videoEnabled);
    await settle(el);
    expect(updates).to.equal(0);
  });

  it('sizes tiles to fill its box at the aspect ratio', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 800px; height: 450px" gap="10"></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(el);
    // Four tiles in 800×450 at 16:9: two rows of two, as tall as fits ((450 - 10) / 2 = 220).
    const cell = el.shadowRoot!.querySelector<HTMLElement>('.cell')!;
    const box = cell.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(391);
    expect(Math.round(box.height)).to.equal(220);
    // Wider: four in a row, each as tall as the height allows for its width.
    const wide = await mountWithMeeting<RtkGrid>(html`<rtk-grid style="width: 1600px; height: 450px" gap="10"></rtk-grid>`, {
      people: 3,
      join: true,
    });
    await settle(wide.el);
    const cells = [...wide.el.shadowRoot!.querySelectorAll<HTMLElement>('.cell')].map((c) => c.getBoundingClientRect());
    expect(Math.round(cells[0]!.height)).to.equal(220);
    expect(new Set(cells.map((c) => Math.round(c.top))).size).to.equal(1);
  });

  it('shows a message when there is nobody to show, and never throws on a partial meeting', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(html`<rtk-grid .meeting=${{ self: {} } as never}></rtk-grid>`);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('Waiting for others to join…');
    el.meeting = {} as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('No meeting to show yet.');
    await expect(el).to.be.accessible();
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkGrid>(html`<rtk-grid .meeting=${meeting}></rtk-grid>`);
    await settle(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('grid layout', () => {
  it('parses aspect ratios and falls back to 16:9', () => {
    expect(parseAspectRatio('4:3')).to.equal(4 / 3);
    expect(parseAspectRatio('1/1')).to.equal(1);
    expect(parseAspectRatio('1.5')).to.equal(1.5);
    expect(parseAspectRatio('wide')).to.equal(16 / 9);
  });

  it('picks the column count with the largest tiles', () => {
    expect(computeGridLayout(1, 1000, 500, 16 / 9, 0)).to.include({ columns: 1, rows: 1 });
    expect(computeGridLayout(6, 1200, 600, 16 / 9, 8)).to.include({ columns: 3, rows: 2 });
    expect(computeGridLayout(6, 400, 1200, 16 / 9, 8)).to.include({ columns: 1, rows: 6 });
    expect(computeGridLayout(25, 1600, 900, 16 / 9, 8)).to.include({ columns: 5, rows: 5 });
    expect(computeGridLayout(3, 0, 0, 16 / 9, 8)).to.include({ columns: 2, rows: 2, tileWidth: 0 });
  });
});
