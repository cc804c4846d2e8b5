import { expect, html } from '@open-wc/testing';
import '../../src/components/simple-grid/rtk-simple-grid.js';
import type { RtkSimpleGrid } from '../../src/components/simple-grid/rtk-simple-grid.js';
import { computeGridLayout } from '../../src/internal/grid-layout.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { until } from '../helpers/wait.js';
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

  it('computes the places of the tiles once per layout change, not on other re-renders', async () => {
    const meeting = await demoMeeting({ people: 4, join: true });
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid style="width: 1000px; height: 600px" .meeting=${meeting} .participants=${meeting.director.people}></rtk-simple-grid>`,
    );
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('.placed'), 'the grid measured');
    const placed = el.shadowRoot!.querySelector<HTMLElement>('.cell')!.style.cssText;
    const observer = new MutationObserver(() => undefined);
    observer.observe(el.shadowRoot!, {
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    // A new list with the same people (as rtk-grid passes on any re-render): no style written.
    el.participants = [...meeting.director.people];
    el.requestUpdate();
    await el.updateComplete;
    await Promise.resolve();
    expect(observer.takeRecords(), 'no cell restyled').to.have.length(0);
    // One more person: a new layout, the cells move.
    el.participants = [...meeting.director.people, meeting.self];
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector<HTMLElement>('.cell')!;
    await until(() => first.style.cssText !== placed, 'cells placed again');
    observer.disconnect();
  });

  it('shows slotted content after the tiles, over the grid', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const { el } = await mountWithMeeting<RtkSimpleGrid>(
      html`<rtk-simple-grid style="width: 800px; height: 400px" .meeting=${meeting} .participants=${meeting.director.people}
        ><p style="position:absolute;inset-block-end:0;margin:0">Recording</p></rtk-simple-grid
      >`,
    );
    await el.updateComplete;
    const note = el.querySelector('p')!;
    expect(note.assignedSlot, 'assigned to the default slot').to.exist;
    expect(note.checkVisibility()).to.equal(true);
    const box = el.getBoundingClientRect();
    expect(Math.round(note.getBoundingClientRect().bottom)).to.equal(Math.round(box.bottom));
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
