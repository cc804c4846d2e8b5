import { expect, html } from '@open-wc/testing';
import '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { RtkMixedGrid } from '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { demoMeeting, mountWithMeeting, queryAllDeep } from '../helpers/fixtures.js';

describe('<rtk-mixed-grid>', () => {
  it('shows the first screen share large and the people beside it, pinned first', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const [sharer, a, b] = meeting.director.people;
    meeting.director.setScreenShare(sharer!.id, true);
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid
        style="width: 900px; height: 400px"
        .meeting=${meeting}
        .participants=${[a, b]}
        .pinnedParticipants=${[b]}
        .screenShareParticipants=${[sharer]}
      ></rtk-mixed-grid>`,
    );
    const view = el.shadowRoot!.querySelector<HTMLElement & { participant?: unknown; meeting?: unknown }>('rtk-screenshare-view')!;
    expect(view.participant).to.equal(sharer);
    expect(view.meeting).to.equal(meeting);
    const mainView = el.shadowRoot!.querySelector('[part="main-view"]')!;
    expect(mainView.getAttribute('aria-label')).to.equal(`Screen shared by ${sharer!.name}`);
    const aside = el.shadowRoot!.querySelector<RtkMixedGrid>('[part="aside"]')!;
    await aside.updateComplete;
    expect(queryAllDeep<RtkParticipantTile>(aside.shadowRoot!, 'rtk-participant-tile').map((t) => t.participant)).to.deep.equal([b, a]);
    expect(mainView.getBoundingClientRect().width).to.be.greaterThan(aside.getBoundingClientRect().width);
    await expect(el).to.be.accessible();
  });

  it('stacks with layout="column" and limits the people with grid-size', async () => {
    const meeting = await demoMeeting({ people: 4, join: true });
    const [sharer] = meeting.director.people;
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid
        style="width: 600px; height: 600px"
        layout="column"
        grid-size="2"
        .meeting=${meeting}
        .participants=${meeting.director.people}
        .screenShareParticipants=${[sharer]}
      ></rtk-mixed-grid>`,
    );
    const aside = el.shadowRoot!.querySelector<RtkMixedGrid>('[part="aside"]')!;
    await aside.updateComplete;
    expect(queryAllDeep(aside.shadowRoot!, 'rtk-participant-tile').length).to.equal(2);
    expect(aside.getBoundingClientRect().top).to.be.greaterThan(el.shadowRoot!.querySelector('[part="main-view"]')!.getBoundingClientRect().top);
  });

  it('renders no screen share view without a sharer', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const { el } = await mountWithMeeting<RtkMixedGrid>(html`<rtk-mixed-grid .meeting=${meeting}></rtk-mixed-grid>`);
    expect(el.shadowRoot!.querySelector('rtk-screenshare-view')).to.equal(null);
  });
});
