import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tab-bar/rtk-tab-bar.js';
import type { RtkTabBar } from '../../src/components/tab-bar/rtk-tab-bar.js';
import type { StageTabChangeEvent } from '../../src/events/stage-tab-change.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import {
  deepActiveElement,
  demoMeeting,
  mountWithMeeting,
  totalListeners,
} from '../helpers/fixtures.js';

function tabs(el: RtkTabBar): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

function names(el: RtkTabBar): string[] {
  return tabs(el).map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
}

function selected(el: RtkTabBar): string[] {
  return tabs(el)
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.textContent!.trim());
}

/** Collects the `activeTab` of every rtkStateUpdate the element fires. */
function stateUpdates(el: HTMLElement): Array<unknown> {
  const seen: unknown[] = [];
  el.addEventListener('rtkStateUpdate', (e) =>
    seen.push((e as RtkStateUpdateEvent).detail.activeTab),
  );
  return seen;
}

async function stage(): Promise<{ meeting: DemoMeeting; ids: string[] }> {
  const meeting = await demoMeeting({ people: 3, join: true });
  const [a, b] = meeting.director.people;
  meeting.director.setScreenShare(a.id, true);
  meeting.director.setScreenShare(b.id, true);
  meeting.director.plugins.activate('whiteboard');
  return { meeting, ids: [a.id, b.id] };
}

describe('<rtk-tab-bar>', () => {
  it('renders nothing while nobody shares and no plugin is open', async () => {
    const { el } = await mountWithMeeting<RtkTabBar>(html`<rtk-tab-bar></rtk-tab-bar>`, {
      join: true,
    });
    expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
  });

  it('lists screen shares and active plugins as a tablist, the first selected', async () => {
    const { meeting, ids } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    const [a, b] = ids.map((id) => meeting.participants.joined.get(id)!);
    const list = el.shadowRoot!.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('On the stage');
    expect(names(el)).to.deep.equal([`${a.name}'s screen`, `${b.name}'s screen`, 'Whiteboard']);
    expect(selected(el)).to.deep.equal([`${a.name}'s screen`]);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    await expect(el).to.be.accessible();
  });

  it('selects on click: tabChange, and the choice stored in the UI states', async () => {
    const { meeting } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    const updates = stateUpdates(el);
    const changed = oneEvent(el, 'tabChange') as unknown as Promise<StageTabChangeEvent>;
    tabs(el)[2].click();
    const event = await changed;
    expect(event.detail.type).to.equal('plugin');
    expect(event.detail.type === 'plugin' && event.detail.plugin.name).to.equal('Whiteboard');
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['Whiteboard']);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0]);
    expect(updates).to.deep.equal([{ type: 'plugin', id: event.detail.id }]);
  });

  it("tells the meeting the user's choice, which a syncing host shows to everyone", async () => {
    const { meeting } = await stage();
    meeting.meta.setBroadcastTabChanges(true);
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    tabs(el)[2].click();
    await el.updateComplete;
    const plugin = meeting.plugins!.active.toArray()[0]!;
    expect(meeting.meta.selfActiveTab).to.deep.equal({ type: 'plugin', id: plugin.id });
    expect(meeting.meta.broadcasts).to.deep.equal([{ type: 'plugin', id: plugin.id }]);
  });

  it('shows the selection held in the UI states', async () => {
    const { meeting, ids } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting} .states=${{ activeTab: { type: 'screenshare', id: ids[1] } }}></rtk-tab-bar>`,
    );
    expect(selected(el)).to.deep.equal([
      `${meeting.participants.joined.get(ids[1])!.name}'s screen`,
    ]);
  });

  it('is operable from the keyboard with one tab stop', async () => {
    const { meeting } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([names(el)[1]]);
    expect(deepActiveElement()).to.equal(tabs(el)[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['Whiteboard']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([names(el)[0]]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['Whiteboard']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(tabs(el)[0]);
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
  });

  it('scrolls tabs that do not fit with no bar drawn, and brings each selected one into view', async () => {
    const { meeting } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting} style="inline-size: 180px"></rtk-tab-bar>`,
    );
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="tablist"]')!;
    expect(list.scrollWidth, 'the tabs overflow').to.be.greaterThan(list.clientWidth);
    // No scrollbar takes room (or shows) under the tabs, in any engine.
    expect(list.offsetHeight - list.clientHeight).to.equal(0);
    tabs(el)[0].focus();
    for (let i = 1; i < tabs(el).length; i += 1) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(done));
      const box = list.getBoundingClientRect();
      const tab = tabs(el)[i].getBoundingClientRect();
      expect(tab.left, `tab ${i} starts in view`).to.be.at.least(box.left - 0.5);
      expect(tab.right, `tab ${i} ends in view`).to.be.at.most(box.right + 0.5);
      expect(tabs(el)[i].textContent!.trim(), 'and is named').to.not.equal('');
    }
  });

  it('mirrors the arrow keys in right-to-left text, and uses Up/Down in a column', async () => {
    const { meeting } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar dir="rtl" .meeting=${meeting}></rtk-tab-bar>`,
    );
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([names(el)[1]]);
    el.layout = 'column';
    await el.updateComplete;
    expect(
      el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-orientation'),
    ).to.equal('vertical');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['Whiteboard']);
  });

  it('follows shares and plugins as they start and stop', async () => {
    const { meeting, ids } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    const updates = stateUpdates(el);
    tabs(el)[1].click();
    await el.updateComplete;
    const third = meeting.director.people[2];
    meeting.director.setScreenShare(third.id, true);
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    // A new share does not take the selection away.
    expect(selected(el)).to.deep.equal([names(el)[1]]);
    // The selected share ends: the tab that followed it is selected, and the states told.
    meeting.director.setScreenShare(ids[1], false);
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(selected(el)).to.deep.equal([`${third.name}'s screen`]);
    await el.updateComplete;
    expect(updates.at(-1)).to.deep.equal({ type: 'screenshare', id: third.id });
    // When the last tab is selected and goes, the one before it is selected.
    tabs(el)[2].click(); // Whiteboard
    await el.updateComplete;
    meeting.director.plugins.deactivate('whiteboard');
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([`${third.name}'s screen`]);
    meeting.director.plugins.activate('whiteboard');
    await el.updateComplete;
    meeting.director.plugins.deactivate('whiteboard');
    await el.updateComplete;
    expect(names(el)).not.to.include('Whiteboard');
    // Your own share is listed first, as "Your screen".
    await meeting.self.enableScreenShare();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Your screen');
    meeting.director.removePerson(ids[0]);
    meeting.director.removePerson(third.id);
    await meeting.self.disableScreenShare();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
  });

  it('lets the app control the selection through activeTab', async () => {
    const { meeting, ids } = await stage();
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting} .activeTab=${{ type: 'screenshare', id: ids[1] }}></rtk-tab-bar>`,
    );
    const updates = stateUpdates(el);
    const changed = oneEvent(el, 'tabChange') as unknown as Promise<StageTabChangeEvent>;
    tabs(el)[0].click();
    expect((await changed).detail.id).to.equal(ids[0]);
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([names(el)[1]]);
    expect(updates).to.deep.equal([]);
  });

  it('works without a plugins module and for a half-shaped meeting', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    meeting.director.setScreenShare(meeting.director.people[0].id, true);
    const partial = { self: meeting.self, participants: meeting.participants } as never;
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${partial}></rtk-tab-bar>`,
    );
    expect(tabs(el)).to.have.length(1);
    const bare = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${{} as never}></rtk-tab-bar>`,
    );
    expect(tabs(bare.el)).to.have.length(0);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { meeting } = await stage();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkTabBar>(
      html`<rtk-tab-bar .meeting=${meeting}></rtk-tab-bar>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
