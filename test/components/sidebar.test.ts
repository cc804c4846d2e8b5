import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sidebar/rtk-sidebar.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkSidebar } from '../../src/components/sidebar/rtk-sidebar.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { DemoPresetName } from '../../src/demo/index.js';
import {
  buttonByName,
  deepActiveElement,
  demoMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function mount(preset: DemoPresetName = 'host') {
  const meeting = await demoMeeting({ join: true, preset });
  const root = await fixture<HTMLElement>(html`<rtk-ui-provider .meeting=${meeting}>
    <button id="toggle" @click=${(e: Event) => e.target!.dispatchEvent(new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'polls' }))}>
      Polls
    </button>
    <rtk-sidebar style="height: 400px"></rtk-sidebar>
  </rtk-ui-provider>`);
  const el = root.querySelector<RtkSidebar>('rtk-sidebar')!;
  const toggle = root.querySelector<HTMLButtonElement>('#toggle')!;
  return { root, el, toggle, meeting };
}

/** The sidebar's own tabs (panels such as the participants list have tabs of their own). */
const tabs = (el: Element) => [
  ...(queryDeep(el, 'rtk-sidebar-ui')?.shadowRoot?.querySelectorAll('[role="tab"]') ?? []),
];
const selected = (el: Element) =>
  tabs(el)
    .find((t) => t.getAttribute('aria-selected') === 'true')
    ?.textContent?.trim();

describe('<rtk-sidebar>', () => {
  it('is hidden until opened through the UI states', async () => {
    const { el } = await mount();
    expect(el.hidden).to.equal(true);
    expect(el.shadowRoot!.querySelector('rtk-sidebar-ui')).to.equal(null);
  });

  it('opens on the section asked for, moves focus in, and Escape returns focus to the toggle', async () => {
    const { el, toggle } = await mount();
    toggle.focus();
    toggle.click();
    await until(
      () => !el.hidden && tabs(el).length === 5,
      () => `never opened: ${el.hidden} ${tabs(el).map((t) => t.textContent!.trim())}`,
    );
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Chat',
      'Polls',
      'Participants',
      'Transcript',
      'Plugins',
    ]);
    expect(selected(el)).to.equal('Polls');
    expect(queryDeep(el, 'rtk-sidebar-ui')!.querySelector('rtk-polls')).to.exist;
    const closeButton = () => queryDeep(el, '[part="close"]')!.shadowRoot!.querySelector('button');
    await until(() => deepActiveElement() === closeButton(), 'focus not in panel');
    expect(queryDeep(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(
      'tab-polls',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => el.hidden, 'Escape did not close');
    await until(() => deepActiveElement() === toggle, 'focus not returned');
  });

  it('switches tabs with the arrow keys and the close button closes', async () => {
    const { el, toggle } = await mount();
    toggle.click();
    await until(() => tabs(el).length === 5);
    (tabs(el)[1] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => selected(el) === 'Participants', `arrow did not move: ${selected(el)}`);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Participants');
    expect(queryDeep(el, 'rtk-sidebar-ui')!.querySelector('rtk-participants')).to.exist;
    await sendKeys({ press: 'End' });
    await until(() => selected(el) === 'Plugins');
    await sendKeys({ press: 'Home' });
    await until(() => selected(el) === 'Chat');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => selected(el) === 'Plugins', 'did not wrap');
    (tabs(el)[0] as HTMLElement).click();
    await until(() => selected(el) === 'Chat');
    queryDeep<HTMLElement>(el, '[part="close"]')!.click();
    await until(() => el.hidden, 'close button did not close');
    expect(buttonByName(el, 'Close sidebar')).to.equal(undefined);
  });

  it('offers only the sections the preset allows, and follows permission changes', async () => {
    const { el, toggle, meeting } = await mount('participant');
    toggle.click();
    await until(() => tabs(el).length > 0);
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Chat',
      'Polls',
      'Participants',
      'Transcript',
    ]);
    meeting.director.updatePermissions({
      showParticipantList: false,
      polls: { canView: false, canCreate: false, canVote: false },
      transcriptionEnabled: false,
    });
    await until(() => tabs(el).length === 0, 'still tabs');
    // One section left: its title instead of tabs.
    expect(queryDeep(el, '[part="title"]')!.textContent!.trim()).to.equal('Chat');
    expect(queryDeep(el, 'rtk-sidebar-ui')!.querySelector('rtk-chat')).to.exist;
  });

  it('hides a section whose module is missing, and renders nothing without a meeting', async () => {
    const meeting = await demoMeeting({ join: true });
    Object.defineProperty(meeting, 'polls', { value: undefined });
    Object.defineProperty(meeting, 'chat', { value: undefined });
    const el = await fixture<RtkSidebar>(
      html`<rtk-sidebar .meeting=${meeting} .states=${{ activeSidebar: true }}></rtk-sidebar>`,
    );
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Participants',
      'Transcript',
      'Plugins',
    ]);
    const empty = await fixture<RtkSidebar>(
      html`<rtk-sidebar .states=${{ activeSidebar: true }}></rtk-sidebar>`,
    );
    expect(empty.hidden).to.equal(true);
  });

  it('shows custom sections from enabledSections through slots', async () => {
    const el = await fixture<RtkSidebar>(html`<rtk-sidebar
      .states=${{ activeSidebar: true, sidebar: 'notes' }}
      .enabledSections=${[
        { id: 'notes', name: 'Notes' },
        { id: 'chat', name: 'Chat' },
      ]}
    ><p slot="notes">My notes</p></rtk-sidebar>`);
    expect(selected(el)).to.equal('Notes');
    const slot = queryDeep<HTMLSlotElement>(el, 'slot[name="notes"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('My notes');
  });

  it('covers its container as a sheet with view="full-screen"', async () => {
    const el =
      await fixture<RtkSidebar>(html`<div style="position: relative; width: 360px; height: 500px">
      <rtk-sidebar view="full-screen" .meeting=${await demoMeeting({ join: true })} .states=${{ activeSidebar: true }}></rtk-sidebar>
    </div>`).then((d) => d.querySelector<RtkSidebar>('rtk-sidebar')!);
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([360, 500]);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const el = await fixture<RtkSidebar>(
      html`<rtk-sidebar .meeting=${meeting} .states=${{ activeSidebar: true }}></rtk-sidebar>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
