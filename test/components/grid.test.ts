import { expect, html } from '@open-wc/testing';
import '../../src/components/grid/rtk-grid.js';
import type { RtkGrid } from '../../src/components/grid/rtk-grid.js';
import '../../src/components/spotlight-grid/rtk-spotlight-grid.js';
import '../../src/components/mixed-grid/rtk-mixed-grid.js';
import '../../src/components/audio-grid/rtk-audio-grid.js';
import '../../src/components/grid-pagination/rtk-grid-pagination.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import { computeGridLayout, FILL_BAND, parseAspectRatio } from '../../src/internal/grid-layout.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { meetingEvent, until } from '../helpers/wait.js';

const tiles = (el: RtkGrid) =>
  queryAllDeep<RtkParticipantTile>(el.shadowRoot!, 'rtk-participant-tile');
const names = (el: RtkGrid) =>
  tiles(el).map((t) => queryDeep(t.shadowRoot!, '[part="name"]')?.textContent?.trim());
const layoutTag = (el: RtkGrid) =>
  el.shadowRoot!.querySelector('[part="container"]')?.firstElementChild?.localName;

/** Waits until every kit element below `el` has rendered. */
async function settle(el: RtkGrid) {
  for (let round = 0; round < 10; round++) {
    const all = [
      el,
      ...queryAllDeep<HTMLElement>(el.shadowRoot!, '*').filter((e) =>
        e.localName.startsWith('rtk-'),
      ),
    ];
    await Promise.all(all.map((e) => (e as unknown as RtkGrid).updateComplete));
    if (!all.some((e) => (e as unknown as RtkGrid).isUpdatePending)) return;
  }
}

describe('<rtk-grid>', () => {
  it('lists self first, then everyone active, by name', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 3,
      join: true,
    });
    await settle(el);
    const others = meeting.participants.active.toArray().map((p) => p.name);
    expect(names(el)).to.deep.equal(['You', ...others]);
    const list = queryDeep(el.shadowRoot!, '[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Participants');
    expect(list.querySelectorAll('[role="listitem"]').length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('puts self last when the config asks for it', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid .config=${{ selfTilePosition: 'last' }}></rtk-grid>`,
      {
        people: 2,
        join: true,
      },
    );
    await settle(el);
    expect(names(el).at(-1)).to.equal('You');
  });

  it('adds and removes one tile per join and leave, keeping the other tiles', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 2,
      join: true,
    });
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
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 1,
      join: true,
    });
    await meeting.self.hide();
    await settle(el);
    expect(names(el)).not.to.include('You');
    meeting.self.show();
    await settle(el);
    expect(names(el)[0]).to.equal('You');
  });

  it('does not re-render on a person toggling their media', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 2,
      join: true,
    });
    await settle(el);
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    const person = meeting.participants.active.toArray()[0]!;
    meeting.director.setAudio(person.id, !person.audioEnabled);
    meeting.director.setVideo(person.id, !person.videoEnabled);
    await settle(el);
    expect(updates).to.equal(0);
  });

  it('re-renders only the tile of the person who toggles their mic', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 5,
      join: true,
    });
    await settle(el);
    const counts = new Map<string, number>();
    const watched = [
      el,
      ...queryAllDeep<HTMLElement>(el.shadowRoot!, 'rtk-simple-grid, rtk-participant-tile'),
    ];
    for (const node of watched) {
      const key = (node as RtkParticipantTile).participant?.id ?? node.localName;
      (node as unknown as RtkGrid).addController({
        hostUpdated: () => counts.set(key, (counts.get(key) ?? 0) + 1),
      });
    }
    const person = meeting.participants.active.toArray()[2]!;
    meeting.director.setAudio(person.id, !person.audioEnabled);
    await settle(el);
    expect([...counts.keys()]).to.deep.equal([person.id]);
    expect(counts.get(person.id)).to.equal(1);
  });

  it('switches to the spotlight when someone is pinned, and back when unpinned', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 4,
      join: true,
    });
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
    const person = meeting.participants.active.toArray()[1]!;
    meeting.director.pin(person.id);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-spotlight-grid');
    const spotlight = el.shadowRoot!.querySelector('rtk-spotlight-grid')!;
    const main = spotlight.shadowRoot!.querySelector('[part="main"]')!;
    expect(
      queryAllDeep(main.shadowRoot!, 'rtk-participant-tile').map(
        (t) => (t as RtkParticipantTile).participant?.id,
      ),
    ).to.deep.equal([person.id]);
    expect(main.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(
      'Spotlight',
    );
    const aside = spotlight.shadowRoot!.querySelector('[part="aside"]')!;
    expect(queryAllDeep(aside.shadowRoot!, 'rtk-participant-tile').length).to.equal(4);
    await expect(el).to.be.accessible();
    meeting.director.unpin(person.id);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
    expect(tiles(el).length).to.equal(5);
  });

  it('puts self in the spotlight when self is pinned', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 2,
      join: true,
    });
    await meeting.self.pin();
    await settle(el);
    const main = el
      .shadowRoot!.querySelector('rtk-spotlight-grid')!
      .shadowRoot!.querySelector('[part="main"]')!;
    expect(deepText(main)).to.equal('You');
    await meeting.self.unpin();
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
  });

  it('features the last active speaker when the config asks for the spotlight', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid .config=${{ gridLayout: 'spotlight' }}></rtk-grid>`,
      {
        people: 3,
        join: true,
      },
    );
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-spotlight-grid');
    const featured = () =>
      queryAllDeep<RtkParticipantTile>(
        el
          .shadowRoot!.querySelector('rtk-spotlight-grid')!
          .shadowRoot!.querySelector('[part="main"]')!.shadowRoot!,
        'rtk-participant-tile',
      ).map((t) => t.participant?.id);
    const speaker = meeting.director.people.find((p) => p.audioEnabled)!;
    meeting.director.speak(speaker.id, 100);
    await settle(el);
    expect(featured()).to.deep.equal([speaker.id]);
    // The same speaker again does not re-render the grid.
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    meeting.participants.emit('activeSpeaker', { peerId: speaker.id, volume: 50 });
    await settle(el);
    expect(updates).to.equal(0);
  });

  it('shows a screen share large with people beside it, and goes back when it stops', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid layout="column"></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(el);
    const sharer = meeting.director.people[0]!;
    meeting.director.setScreenShare(sharer.id, true);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-mixed-grid');
    const mixed = el.shadowRoot!.querySelector('rtk-mixed-grid')!;
    expect(mixed.getAttribute('layout')).to.equal('column');
    const view = mixed.shadowRoot!.querySelector<
      HTMLElement & { participant?: unknown; meeting?: unknown }
    >('rtk-screenshare-view')!;
    expect(view.participant).to.equal(sharer);
    expect(
      mixed.shadowRoot!.querySelector('[part="main-view"]')!.getAttribute('aria-label'),
    ).to.equal(`Screen shared by ${sharer.name}`);
    expect(queryAllDeep(mixed.shadowRoot!, 'rtk-participant-tile').length).to.equal(4);
    meeting.director.setScreenShare(sharer.id, false);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
  });

  it('leaves the mixed layout when the sharer leaves', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 2,
      join: true,
    });
    const sharer = meeting.director.people[0]!;
    meeting.director.setScreenShare(sharer.id, true);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-mixed-grid');
    meeting.director.removePerson(sharer.id);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
  });

  it('shows audio tiles in an audio room', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 3,
      join: true,
      preset: 'audio-room',
    });
    await settle(el);
    expect(meeting.meta.viewType).to.equal('AUDIO_ROOM');
    expect(layoutTag(el)).to.equal('rtk-audio-grid');
    expect(queryAllDeep(el.shadowRoot!, 'rtk-audio-tile').length).to.equal(4);
    expect(tiles(el).length).to.equal(0);
  });

  it('pages through 100 people with the pagination below the tiles', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 100,
      join: true,
    });
    await meeting.participants.setViewMode('PAGINATED');
    await settle(el);
    const pagination = el.shadowRoot!.querySelector('rtk-grid-pagination')!;
    expect(pagination).to.exist;
    expect(deepText(pagination)).to.equal('Page 1 of 12');
    const firstPage = names(el);
    const next = queryAllDeep<HTMLButtonElement>(pagination.shadowRoot!, 'button').find(
      (b) => b.getAttribute('aria-label') === 'Next page',
    )!;
    next.click();
    await new Promise<void>((resolve) => meeting.participants.once('pageChanged', () => resolve()));
    await settle(el);
    expect(meeting.participants.currentPage).to.equal(2);
    expect(deepText(pagination)).to.equal('Page 2 of 12');
    expect(names(el)).not.to.deep.equal(firstPage);
    expect(names(el)[0]).to.equal('You');
    expect(tiles(el).length).to.equal(10);
  });

  it('sizes tiles to fill its box at the aspect ratio', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 800px; height: 450px" gap="10"></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(el);
    // Four tiles in 800×450 at 16:9: two rows of two, as tall as fits ((450 - 10) / 2 = 220).
    const cell = queryDeep<HTMLElement>(el.shadowRoot!, '.cell')!;
    const box = cell.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(391);
    expect(Math.round(box.height)).to.equal(220);
    // Wider: four in a row, each as tall as the box: the tiles take a taller shape (down to
    // 3:4) and the video is cropped to fill it, instead of leaving the box half empty.
    const wide = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1600px; height: 450px" gap="10"></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(wide.el);
    const cells = queryAllDeep<HTMLElement>(wide.el.shadowRoot!, '.cell').map((c) =>
      c.getBoundingClientRect(),
    );
    expect(cells.map((c) => Math.round(c.height))).to.deep.equal([450, 450, 450, 450]);
    expect(new Set(cells.map((c) => Math.round(c.top))).size).to.equal(1);
    // A fixed aspect ratio (the attribute, or config.aspectRatio) is still honoured.
    const fixed = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1600px; height: 450px" gap="10" aspect-ratio="16:9"></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(fixed.el);
    const fixedCells = queryAllDeep<HTMLElement>(fixed.el.shadowRoot!, '.cell').map((c) =>
      c.getBoundingClientRect(),
    );
    expect(Math.round(fixedCells[0]!.height)).to.equal(220);
    expect(fixedCells[0]!.width / fixedCells[0]!.height).to.be.closeTo(16 / 9, 0.02);
    const configured = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1600px; height: 450px" gap="10" .config=${{ aspectRatio: '4:3' }}></rtk-grid>`,
      { people: 3, join: true },
    );
    await settle(configured.el);
    const cell43 = queryDeep<HTMLElement>(
      configured.el.shadowRoot!,
      '.cell',
    )!.getBoundingClientRect();
    expect(cell43.width / cell43.height).to.be.closeTo(4 / 3, 0.02);
  });

  it('says how many more people there are in a "+N" tile that opens the participants panel', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1280px; height: 650px"></rtk-grid>`,
      { people: 25, join: true },
    );
    await settle(el);
    const shown = tiles(el).length;
    expect(shown).to.be.below(26);
    const more = await until(() => queryDeep<HTMLButtonElement>(el.shadowRoot!, '[part="more"]'));
    const hidden = 26 - shown;
    expect(more.textContent!.trim()).to.equal(`+${hidden}`);
    expect(more.getAttribute('aria-label')).to.equal(`${hidden} more people: show everyone`);
    // It is a tile of the grid, as large as the others.
    const tileBox = tiles(el)[1]!.getBoundingClientRect();
    expect(more.getBoundingClientRect().height).to.be.closeTo(tileBox.height, 1);
    const asked = new Promise<Record<string, unknown>>((resolve) =>
      el.parentElement!.addEventListener('rtkStateUpdate', (e) =>
        resolve((e as CustomEvent).detail),
      ),
    );
    more.click();
    expect(await asked).to.include({ activeSidebar: true, sidebar: 'participants' });
    // Someone off the grid leaves: one fewer.
    const activeIds = new Set(meeting.participants.active.toArray().map((p) => p.id));
    const offGrid = meeting.director.people.find((p) => !activeIds.has(p.id))!;
    meeting.director.removePerson(offGrid.id);
    await until(() => more.textContent!.trim() === `+${hidden - 1}`, 'the count never went down');
  });

  it('shows no "+N" tile when everyone is on the grid', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1280px; height: 650px"></rtk-grid>`,
      { people: 5, join: true },
    );
    await settle(el);
    expect(tiles(el)).to.have.length(6);
    expect(queryDeep(el.shadowRoot!, '[part="more"]')).to.equal(undefined);
  });

  it('floats your own view in a corner on a phone from three people on, to move or hide', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 374px; height: 700px" .size=${'sm'}></rtk-grid>`,
      { people: 4, join: true },
    );
    await settle(el);
    const floating = await until(() =>
      el.shadowRoot!.querySelector<HTMLElement>('.floating[data-floating]'),
    );
    const selfTile = floating.querySelector<RtkParticipantTile>('rtk-participant-tile')!;
    expect(selfTile.participant).to.equal(meeting.self);
    // The others fill the grid; your tile is over them, at least 120 px wide, in a corner.
    const grid = el.shadowRoot!.querySelector('rtk-simple-grid')!;
    expect(grid.participants.map((p) => p.id)).not.to.include(meeting.self.id);
    const box = el.getBoundingClientRect();
    let rect = floating.getBoundingClientRect();
    expect(rect.width).to.be.at.least(120);
    expect(rect.bottom).to.be.closeTo(box.bottom - 8, 2);
    expect(rect.right).to.be.closeTo(box.right - 8, 2);
    // The move button takes it round the corners, keyboard or not.
    const move = floating.querySelector<HTMLButtonElement>('.move')!;
    expect(move.getAttribute('aria-label')).to.equal('Move my tile to another corner');
    move.click();
    await el.updateComplete;
    rect = floating.getBoundingClientRect();
    expect(rect.left).to.be.closeTo(box.left + 8, 2);
    expect(rect.bottom).to.be.closeTo(box.bottom - 8, 2);
    // Hidden from its own menu: a "Show my tile" button brings it back.
    await meeting.self.hide();
    const show = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.show-self'));
    expect(show.textContent!.trim()).to.equal('Show my tile');
    expect(el.shadowRoot!.querySelector('.floating')).to.equal(null);
    show.click();
    await until(() => el.shadowRoot!.querySelector('.floating'), 'the tile never came back');
    expect(meeting.self.hidden).to.equal(false);
  });

  it('keeps your own view in the grid on larger screens and with two people', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 374px; height: 700px" .size=${'sm'}></rtk-grid>`,
      { people: 1, join: true },
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('.floating')).to.equal(null);
    expect(tiles(el)).to.have.length(2);
    el.size = 'lg';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.floating')).to.equal(null);
  });

  it('shows a message when there is nobody to show, and never throws on a partial meeting', async () => {
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid .meeting=${{ self: {} } as never}></rtk-grid>`,
    );
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal(
      'Waiting for others to join…',
    );
    el.meeting = {} as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal(
      'No meeting to show yet.',
    );
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

  it('leaves no listener after showing every layout', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkGrid>(html`<rtk-grid .meeting=${meeting}></rtk-grid>`);
    const person = meeting.director.people[0]!;
    meeting.director.pin(person.id);
    await settle(el);
    meeting.director.setScreenShare(person.id, true);
    await meeting.participants.setViewMode('PAGINATED');
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-mixed-grid');
    // Back to the start (pinning adds the pinned map's own listener on the person).
    meeting.director.unpin(person.id);
    meeting.director.setScreenShare(person.id, false);
    await meeting.participants.setViewMode('ACTIVE_GRID');
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
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

  it('picks the column count with the largest tiles at a fixed shape', () => {
    expect(computeGridLayout(1, 1000, 500, 16 / 9, 0)).to.include({ columns: 1, rows: 1 });
    expect(computeGridLayout(6, 1200, 600, 16 / 9, 8)).to.include({ columns: 3, rows: 2 });
    expect(computeGridLayout(6, 400, 1200, 16 / 9, 8)).to.include({ columns: 1, rows: 6 });
    expect(computeGridLayout(25, 1600, 900, 16 / 9, 8)).to.include({ columns: 5, rows: 5 });
    expect(computeGridLayout(3, 0, 0, 16 / 9, 8)).to.include({ columns: 2, rows: 2, tileWidth: 0 });
  });

  it('fills the box with tiles from 3:4 to 16:9, each in its own place, none overlapping', () => {
    // Stages of a phone, a tablet, a laptop and a large screen, with 2 to 9 tiles.
    const boxes = [
      [374, 700],
      [752, 880],
      [1264, 650],
      [1904, 930],
    ] as const;
    for (const [width, height] of boxes) {
      for (let count = 2; count <= 9; count++) {
        const layout = computeGridLayout(count, width, height, FILL_BAND, 8);
        expect(layout.tiles.length).to.equal(count);
        expect(layout.coverage, `${count} in ${width}×${height}`).to.be.at.least(0.65);
        for (const [i, t] of layout.tiles.entries()) {
          expect(t.x).to.be.at.least(0);
          expect(t.y).to.be.at.least(0);
          expect(t.x + t.width).to.be.at.most(width);
          expect(t.y + t.height).to.be.at.most(height);
          const ratio = t.width / t.height;
          expect(ratio).to.be.within(3 / 4 - 0.02, 16 / 9 + 0.02);
          for (const u of layout.tiles.slice(i + 1)) {
            const apart =
              t.x + t.width <= u.x ||
              u.x + u.width <= t.x ||
              t.y + t.height <= u.y ||
              u.y + u.height <= t.y;
            expect(apart, `tiles ${i} and another overlap`).to.equal(true);
          }
        }
      }
    }
    // Two people side by side on a laptop fill it; a short last row's tile grows wider.
    expect(computeGridLayout(2, 1264, 650).coverage).to.be.above(0.95);
    const three = computeGridLayout(3, 752, 880);
    expect(three.tiles[2]!.width).to.be.above(three.tiles[0]!.width);
  });

  it('puts two screen shares and an open plugin on tabs, follows the choice through the UI states, and the next share when one stops', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const parent = document.createElement('rtk-ui-provider') as HTMLElement & {
      meeting?: unknown;
      updateComplete?: Promise<unknown>;
    };
    parent.meeting = meeting;
    const { el } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 900px; height: 500px"></rtk-grid>`,
      { people: 0 },
    );
    // Re-parent under a real provider so the UI states round-trip (rtkStateUpdate → states).
    document.body.append(parent);
    parent.append(el);
    el.meeting = meeting;
    const states: unknown[] = [];
    parent.addEventListener('rtkStatesUpdate', (e) =>
      states.push((e as CustomEvent).detail.activeTab),
    );
    const [a, b] = meeting.director.people;
    meeting.director.setScreenShare(a!.id, true);
    meeting.director.setScreenShare(b!.id, true);
    meeting.director.plugins.activate('timer');
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-mixed-grid');
    const tabsOf = () => queryAllDeep<HTMLButtonElement>(el.shadowRoot!, '[role="tab"]');
    const shown = () =>
      queryDeep<HTMLElement & { participant?: { id: string } }>(
        el.shadowRoot!,
        'rtk-screenshare-view',
      )?.participant?.id;
    expect(tabsOf().map((t) => t.textContent!.trim())).to.deep.equal([
      `${a!.name}'s screen`,
      `${b!.name}'s screen`,
      'Timer',
    ]);
    expect(shown()).to.equal(a!.id);
    tabsOf()[1]!.click();
    await settle(el);
    expect(shown()).to.equal(b!.id);
    expect(states.at(-1)).to.deep.equal({ type: 'screenshare', id: b!.id });
    // b stops sharing: the tab after it (the plugin) is shown.
    meeting.director.setScreenShare(b!.id, false);
    await settle(el);
    expect(shown()).to.equal(undefined);
    // The plugin's own view (rtk-plugin-main, loaded with the first plugin) names it.
    await until(
      () =>
        queryDeep(el.shadowRoot!, '[part="plugin"]')?.shadowRoot?.textContent?.includes('Timer'),
      'the plugin is not shown by name',
    );
    expect(states.at(-1)).to.deep.equal({
      type: 'plugin',
      id: meeting.plugins!.active.toArray()[0]!.id,
    });
    // The plugin closes: only a's share is left.
    meeting.director.plugins.deactivate('timer');
    await settle(el);
    expect(shown()).to.equal(a!.id);
    expect(tabsOf()).to.have.length(0);
    meeting.director.setScreenShare(a!.id, false);
    await settle(el);
    expect(layoutTag(el)).to.equal('rtk-simple-grid');
    parent.remove();
  });

  it('leaves out people whose preset matches overrides.videoUnsubscribed.preset', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 0,
      join: true,
    });
    meeting.director.addPerson({ name: 'Vera Viewer', presetName: 'webinar-viewer' });
    meeting.director.addPerson({ name: 'Paul Participant', presetName: 'participant' });
    await settle(el);
    expect(names(el)).to.include('Vera Viewer');
    el.overrides = { videoUnsubscribed: { preset: ['^webinar-', '(invalid'] } };
    await settle(el);
    expect(names(el)).not.to.include('Vera Viewer');
    expect(names(el)).to.include('Paul Participant');
    el.overrides = {};
    await settle(el);
    expect(names(el)).to.include('Vera Viewer');
  });

  it('does not re-render when a webinar viewer joins, and shows them once they are on stage', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGrid>(
      html`<rtk-grid style="width: 1280px; height: 650px"></rtk-grid>`,
      { preset: 'webinar-host', people: 2, join: true },
    );
    await settle(el);
    const before = names(el);
    let updates = 0;
    el.addController({ hostUpdated: () => void (updates += 1) });
    const joined = meetingEvent(meeting.participants.joined, 'participantJoined');
    const vera = meeting.director.addPerson({ name: 'Vera Viewer', presetName: 'webinar-viewer' });
    await joined;
    await settle(el);
    expect(updates).to.equal(0);
    expect(names(el)).to.deep.equal(before);
    meeting.director.stage.join(vera.id);
    await until(() => names(el).includes('Vera Viewer'), 'the viewer on stage never showed');
  });
});
