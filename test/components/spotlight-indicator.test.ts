import { expect, html } from '@open-wc/testing';
import '../../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { RtkSpotlightIndicator } from '../../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import type { RtkMixedGrid } from '../../src/components/mixed-grid/rtk-mixed-grid.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { de } from '../../src/i18n/packs/de.js';
import { useLanguage } from '../../src/i18n/t.js';

/** A meeting where two people share their screen and a plugin is open: three stage tabs. */
async function stageWithTabs(preset: 'host' | 'participant') {
  const meeting = await demoMeeting({ people: 3, join: true, preset });
  const [a, b] = meeting.director.people;
  meeting.director.setScreenShare(a!.id, true);
  meeting.director.setScreenShare(b!.id, true);
  meeting.director.plugins.activate('whiteboard');
  const whiteboard = meeting.plugins!.active.toArray()[0]!;
  const { el } = await mountWithMeeting<RtkMixedGrid>(
    html`<rtk-mixed-grid
      style="width: 900px; height: 400px"
      .meeting=${meeting}
      .participants=${meeting.director.people}
      .screenShareParticipants=${[a, b]}
      .plugins=${[whiteboard]}
    ></rtk-mixed-grid>`,
  );
  return { meeting, el, a: a!, b: b!, whiteboard };
}

const indicatorOf = (grid: RtkMixedGrid) =>
  grid.shadowRoot!.querySelector<RtkSpotlightIndicator>('rtk-spotlight-indicator')!;
const tabsOf = (grid: RtkMixedGrid) => [
  ...(grid
    .shadowRoot!.querySelector('rtk-tab-bar')
    ?.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []),
];
const selected = (grid: RtkMixedGrid) =>
  tabsOf(grid)
    .find((t) => t.getAttribute('aria-selected') === 'true')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
const statusText = (el: RtkSpotlightIndicator) =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const syncButton = (el: RtkSpotlightIndicator) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]');

describe('<rtk-spotlight-indicator>', () => {
  it("a host's Sync toggle: pressed while on, and each tab the host picks goes to everyone", async () => {
    const { meeting, el: grid, b, whiteboard } = await stageWithTabs('host');
    const el = indicatorOf(grid);
    const button = await until(() => syncButton(el), 'no Sync button for a host');
    expect(button.textContent!.trim()).to.equal('Sync');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();

    button.click();
    await until(() => button.getAttribute('aria-pressed') === 'true', 'Sync never showed on');
    expect(meeting.meta.broadcastTabChanges).to.equal(true);
    // Turning it on shows everyone the tab the host shows now.
    expect(meeting.meta.broadcasts.at(-1)).to.deep.equal(meeting.meta.selfActiveTab);
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal(
      'Everyone sees the tab you choose',
    );
    // The host's own echo is not "following".
    expect(statusText(el)).to.equal('');

    tabsOf(grid)[1]!.click();
    await until(() => meeting.meta.broadcasts.at(-1)?.id === b.id, 'the tab was not broadcast');
    tabsOf(grid)[2]!.click();
    await until(
      () => meeting.meta.broadcasts.at(-1)?.id === whiteboard.id,
      'the plugin tab was not broadcast',
    );
    expect(selected(grid)).to.equal('Whiteboard');

    button.click();
    await until(() => button.getAttribute('aria-pressed') === 'false', 'Sync never turned off');
    const count = meeting.meta.broadcasts.length;
    tabsOf(grid)[0]!.click();
    await until(() => meeting.meta.selfActiveTab?.type === 'screenshare');
    expect(meeting.meta.broadcasts.length, 'nothing is broadcast once off').to.equal(count);
  });

  it("a follower is shown the host's tab, told so politely, and can go back after looking elsewhere", async () => {
    const { meeting, el: grid, a, b, whiteboard } = await stageWithTabs('participant');
    const el = indicatorOf(grid);
    await el.updateComplete;
    expect(syncButton(el), 'no Sync button without canSpotlight').to.equal(null);
    expect(statusText(el)).to.equal('');
    expect(selected(grid)).to.equal(`${a.name}'s screen`);

    meeting.director.syncTab(a.id, { type: 'plugin', id: whiteboard.id });
    await until(() => selected(grid) === 'Whiteboard', 'the follower did not get the host tab');
    await until(() => statusText(el) === "Following the host's view");
    expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('role')).to.equal(
      'status',
    );
    expect(meeting.meta.selfActiveTab).to.deep.equal({ type: 'plugin', id: whiteboard.id });
    expect(meeting.meta.broadcasts, 'a follower never re-broadcasts').to.deep.equal([]);
    await expect(el).to.be.accessible();

    // The user looks at another tab: no longer following, and a way back.
    tabsOf(grid)[1]!.click();
    await until(() => selected(grid) === `${b.name}'s screen`);
    await until(() => statusText(el) === '', 'still says following');
    const back = await until(() =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="follow"]'),
    );
    expect(back.textContent!.trim()).to.equal("Back to the host's view");
    back.click();
    await until(() => selected(grid) === 'Whiteboard', 'back did not show the host tab');
    await until(() => statusText(el) === "Following the host's view");

    // The host picks the next tab: followed again at once.
    meeting.director.syncTab(a.id, { type: 'screenshare', id: b.id });
    await until(() => selected(grid) === `${b.name}'s screen`);
    expect(statusText(el)).to.equal("Following the host's view");
  });

  it('a tab the host picks before it reaches this stage is shown when it arrives', async () => {
    const { meeting, el: grid, b } = await stageWithTabs('participant');
    const [, , c] = meeting.director.people;
    meeting.director.syncTab(b.id, { type: 'screenshare', id: c!.id });
    await grid.updateComplete;
    expect(selected(grid)).to.not.equal(`${c!.name}'s screen`);
    meeting.director.setScreenShare(c!.id, true);
    grid.screenShareParticipants = [...grid.screenShareParticipants, c!];
    await until(() => selected(grid) === `${c!.name}'s screen`, 'the awaited tab was not shown');
    await until(() => statusText(indicatorOf(grid)) === "Following the host's view");
  });

  it('says so when turning sync on fails, and stays off', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    meeting.meta.setBroadcastTabChanges = () => {
      throw new Error('Not allowed to sync');
    };
    const notes: string[] = [];
    const { el } = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator
        .meeting=${meeting}
        @rtkNotification=${(e: CustomEvent) => notes.push(e.detail.message)}
      ></rtk-spotlight-indicator>`,
    );
    const button = await until(() => syncButton(el));
    button.click();
    await until(() => notes.length > 0, 'no notification');
    expect(notes[0]).to.contain('Not allowed to sync');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('follows permission changes, shows German, tolerates a partial meeting and leaves no listener', async () => {
    const { el: bare } = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator .meeting=${{ self: {} } as never}></rtk-spotlight-indicator>`,
    );
    expect(bare.hidden).to.equal(true);

    const meeting: DemoMeeting = await demoMeeting({
      people: 1,
      join: true,
      preset: 'participant',
    });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator .meeting=${meeting}></rtk-spotlight-indicator>`,
    );
    expect(syncButton(el)).to.equal(null);
    meeting.director.updatePermissions({ canSpotlight: true } as never);
    await until(() => syncButton(el), 'no Sync button after the permission came');
    el.t = useLanguage(de);
    await until(() => syncButton(el)!.textContent!.trim() === 'Synchronisieren');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
