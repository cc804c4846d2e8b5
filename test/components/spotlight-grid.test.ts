import { expect, html } from '@open-wc/testing';
import '../../src/components/spotlight-grid/rtk-spotlight-grid.js';
import type { RtkSpotlightGrid } from '../../src/components/spotlight-grid/rtk-spotlight-grid.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { demoMeeting, mountWithMeeting, queryAllDeep } from '../helpers/fixtures.js';

const idsIn = (el: RtkSpotlightGrid, part: string) =>
  queryAllDeep<RtkParticipantTile>(
    el.shadowRoot!.querySelector(`[part="${part}"]`)!.shadowRoot!,
    'rtk-participant-tile',
  ).map((t) => t.participant?.id);

describe('<rtk-spotlight-grid>', () => {
  it('shows the pinned people large and the others beside them', async () => {
    const meeting = await demoMeeting({ people: 4, join: true });
    const [pinned, ...others] = meeting.director.people;
    const { el } = await mountWithMeeting<RtkSpotlightGrid>(
      html`<rtk-spotlight-grid
        style="width: 900px; height: 400px"
        .meeting=${meeting}
        .participants=${meeting.director.people}
        .pinnedParticipants=${[pinned]}
      ></rtk-spotlight-grid>`,
    );
    await Promise.all(
      [...el.shadowRoot!.querySelectorAll('rtk-simple-grid')].map((g) => g.updateComplete),
    );
    expect(idsIn(el, 'main')).to.deep.equal([pinned!.id]);
    expect(idsIn(el, 'aside')).to.deep.equal(others.map((p) => p.id));
    const main = el.shadowRoot!.querySelector('[part="main"]')!.getBoundingClientRect();
    const aside = el.shadowRoot!.querySelector('[part="aside"]')!.getBoundingClientRect();
    expect(main.width).to.be.greaterThan(aside.width);
    expect(Math.round(aside.top)).to.equal(Math.round(main.top));
    await expect(el).to.be.accessible();
  });

  it('puts the others below with layout="column" and limits them with grid-size', async () => {
    const meeting = await demoMeeting({ people: 5, join: true });
    const [pinned] = meeting.director.people;
    const { el } = await mountWithMeeting<RtkSpotlightGrid>(
      html`<rtk-spotlight-grid
        style="width: 600px; height: 600px"
        layout="column"
        grid-size="2"
        .meeting=${meeting}
        .participants=${meeting.director.people}
        .pinnedParticipants=${[pinned]}
      ></rtk-spotlight-grid>`,
    );
    await Promise.all(
      [...el.shadowRoot!.querySelectorAll('rtk-simple-grid')].map((g) => g.updateComplete),
    );
    expect(idsIn(el, 'aside').length).to.equal(2);
    const main = el.shadowRoot!.querySelector('[part="main"]')!.getBoundingClientRect();
    const aside = el.shadowRoot!.querySelector('[part="aside"]')!.getBoundingClientRect();
    expect(aside.top).to.be.greaterThan(main.top);
  });

  it('leaves out the aside when only the pinned person is there', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const { el } = await mountWithMeeting<RtkSpotlightGrid>(
      html`<rtk-spotlight-grid .meeting=${meeting} .participants=${meeting.director.people} .pinnedParticipants=${meeting.director.people}></rtk-spotlight-grid>`,
    );
    expect(el.shadowRoot!.querySelector('[part="aside"]')).to.equal(null);
  });
});
