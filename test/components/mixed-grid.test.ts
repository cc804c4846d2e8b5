import { expect, html } from '@open-wc/testing';
import '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { RtkMixedGrid } from '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { deepText, demoMeeting, mountWithMeeting, queryAllDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

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
    const view = el.shadowRoot!.querySelector<
      HTMLElement & { participant?: unknown; activeMeeting?: unknown }
    >('rtk-screenshare-view')!;
    expect(view.participant).to.equal(sharer);
    // The grid's meeting reaches the view through context, with no binding (compared as a boolean:
    // a failing deep comparison would print the whole meeting).
    expect(view.activeMeeting === meeting, "the view uses the grid's meeting").to.equal(true);
    const mainView = el.shadowRoot!.querySelector('[part="main-view"]')!;
    expect(mainView.getAttribute('aria-label')).to.equal(`Screen shared by ${sharer!.name}`);
    const aside = el.shadowRoot!.querySelector<RtkMixedGrid>('[part="aside"]')!;
    await aside.updateComplete;
    expect(
      queryAllDeep<RtkParticipantTile>(aside.shadowRoot!, 'rtk-participant-tile').map(
        (t) => t.participant,
      ),
    ).to.deep.equal([b, a]);
    expect(mainView.getBoundingClientRect().width).to.be.greaterThan(
      aside.getBoundingClientRect().width,
    );
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
    expect(aside.getBoundingClientRect().top).to.be.greaterThan(
      el.shadowRoot!.querySelector('[part="main-view"]')!.getBoundingClientRect().top,
    );
  });

  it('renders no screen share view without a sharer', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid .meeting=${meeting}></rtk-mixed-grid>`,
    );
    expect(el.shadowRoot!.querySelector('rtk-screenshare-view')).to.equal(null);
  });
});

describe('<rtk-mixed-grid> stage tabs', () => {
  const shownSharer = (el: RtkMixedGrid) =>
    el.shadowRoot!.querySelector<HTMLElement & { participant?: { id: string } }>(
      'rtk-screenshare-view',
    )?.participant?.id;
  const tabBar = (el: RtkMixedGrid) =>
    el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('rtk-tab-bar');
  const tabButtons = (el: RtkMixedGrid) => [
    ...(tabBar(el)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? []),
  ];
  const selectedTab = (el: RtkMixedGrid) =>
    tabButtons(el)
      .find((b) => b.getAttribute('aria-selected') === 'true')
      ?.textContent?.trim();
  async function settle(el: RtkMixedGrid) {
    for (let i = 0; i < 5; i++) {
      await el.updateComplete;
      await tabBar(el)?.updateComplete;
      if (!el.isUpdatePending) return;
    }
  }

  it('switches between two screen shares and a plugin with the tab bar, keeping the choice in the UI states', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const [a, b] = meeting.director.people;
    meeting.director.setScreenShare(a!.id, true);
    meeting.director.setScreenShare(b!.id, true);
    meeting.director.plugins.activate('whiteboard');
    const whiteboard = meeting.plugins!.active.toArray()[0]!;
    const updates: unknown[] = [];
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid
        style="width: 900px; height: 400px"
        .meeting=${meeting}
        .participants=${meeting.director.people}
        .screenShareParticipants=${[a, b]}
        .plugins=${[whiteboard]}
        @rtkStateUpdate=${(e: CustomEvent) => updates.push(e.detail.activeTab)}
      ></rtk-mixed-grid>`,
    );
    await settle(el);
    expect(tabButtons(el).map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${a!.name}'s screen`,
      `${b!.name}'s screen`,
      'Whiteboard',
    ]);
    expect(shownSharer(el)).to.equal(a!.id);
    expect(selectedTab(el)).to.equal(`${a!.name}'s screen`);
    expect(updates.at(-1)).to.deep.equal({ type: 'screenshare', id: a!.id });

    tabButtons(el)[1]!.click();
    await settle(el);
    expect(shownSharer(el)).to.equal(b!.id);
    expect(el.shadowRoot!.querySelector('[part="main-view"]')!.getAttribute('aria-label')).to.equal(
      `Screen shared by ${b!.name}`,
    );
    expect(updates.at(-1)).to.deep.equal({ type: 'screenshare', id: b!.id });

    tabButtons(el)[2]!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('rtk-screenshare-view')).to.equal(null);
    // The plugin's own view, with its header (rtk-plugin-main).
    const panel = el.shadowRoot!.querySelector('[part="plugin"]')!;
    expect(panel.localName).to.equal('rtk-plugin-main');
    await until(() => deepText(panel).startsWith('Whiteboard'));
    await until(() => panel.shadowRoot!.querySelector('rtk-whiteboard'));
    expect(el.shadowRoot!.querySelector('[part="main-view"]')!.getAttribute('aria-label')).to.equal(
      'Plugin: Whiteboard',
    );
    expect(updates.at(-1)).to.deep.equal({ type: 'plugin', id: whiteboard.id });
    await expect(el).to.be.accessible();
  });

  it('follows a tab selected through the UI states', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const [a, b] = meeting.director.people;
    meeting.director.setScreenShare(a!.id, true);
    meeting.director.setScreenShare(b!.id, true);
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid .meeting=${meeting} .screenShareParticipants=${[a, b]}></rtk-mixed-grid>`,
    );
    await settle(el);
    expect(shownSharer(el)).to.equal(a!.id);
    el.states = { activeTab: { type: 'screenshare', id: b!.id } };
    await settle(el);
    expect(shownSharer(el)).to.equal(b!.id);
    expect(selectedTab(el)).to.equal(`${b!.name}'s screen`);
  });

  it('shows the next share when the shown one stops, and no tab bar for a single share', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const [a, b, c] = meeting.director.people;
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid .meeting=${meeting} .screenShareParticipants=${[a, b, c]}></rtk-mixed-grid>`,
    );
    await settle(el);
    tabButtons(el)[1]!.click();
    await settle(el);
    expect(shownSharer(el)).to.equal(b!.id);
    el.screenShareParticipants = [a!, c!]; // b stopped sharing
    await settle(el);
    expect(shownSharer(el)).to.equal(c!.id);
    expect(selectedTab(el)).to.equal(`${c!.name}'s screen`);
    el.screenShareParticipants = [a!]; // c stopped too: only a is left, without a tab bar
    await settle(el);
    expect(shownSharer(el)).to.equal(a!.id);
    expect(tabBar(el)).to.equal(null);
  });

  it('shows a plugin on its own when nobody shares', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    meeting.director.plugins.activate('notes');
    const { el } = await mountWithMeeting<RtkMixedGrid>(
      html`<rtk-mixed-grid .meeting=${meeting} .plugins=${meeting.plugins!.active.toArray()}></rtk-mixed-grid>`,
    );
    await settle(el);
    expect(tabBar(el)).to.equal(null);
    const panel = await until(() => el.shadowRoot!.querySelector('rtk-plugin-main'));
    await until(() => deepText(panel).startsWith('Notes Notes is open for the meeting'));
  });
});
