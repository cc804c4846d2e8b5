import { expect, html } from '@open-wc/testing';
import '../../src/components/simple-grid/rtk-simple-grid.js';
import type { RtkSimpleGrid } from '../../src/components/simple-grid/rtk-simple-grid.js';
import { computeGridLayout } from '../../src/internal/grid-layout.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const tiles = (el: RtkSimpleGrid) => [
  ...el.shadowRoot!.querySelectorAll<RtkParticipantTile>('rtk-participant-tile'),
];

describe('<rtk-simple-grid>', () => {
  it('shows a tile per participant given, in order, in a labelled list', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const people = meeting.director.people;
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid .meeting=${meeting} .participants=${people}></rtk-simple-grid>`,
    );
    expect(tiles(el).map((t) => t.participant)).to.deep.equal(people);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(
      'Participants',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps tiles by id when the list changes', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const [a, b, c] = meeting.director.people;
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid .meeting=${meeting} .participants=${[a, b]}></rtk-simple-grid>`,
    );
    const [tileA] = tiles(el);
    el.participants = [c!, a!];
    await el.updateComplete;
    expect(tiles(el)[1]).to.equal(tileA);
  });

  it('sizes tiles by its own box, aspect ratio and gap', async () => {
    const meeting = await demoMeeting({ people: 6, join: true });
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid style="width: 1200px; height: 600px" .meeting=${meeting} .participants=${meeting.director.people} gap="8" aspect-ratio="16:9"></rtk-simple-grid>`,
    );
    await el.updateComplete;
    const expected = computeGridLayout(6, 1200, 600, 16 / 9, 8);
    const box = el.shadowRoot!.querySelector('.cell')!.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(expected.tileWidth);
    const tops = new Set(
      [...el.shadowRoot!.querySelectorAll('.cell')].map((c) =>
        Math.round(c.getBoundingClientRect().top),
      ),
    );
    expect(tops.size).to.equal(expected.rows);
  });

  it('renders nothing for an empty list and listens to nothing itself', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid .meeting=${meeting}></rtk-simple-grid>`,
    );
    expect(el.shadowRoot!.querySelector('[role="list"]')).to.equal(null);
    expect(totalListeners(meeting)).to.equal(before);
    el.participants = meeting.director.people;
    await el.updateComplete;
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
