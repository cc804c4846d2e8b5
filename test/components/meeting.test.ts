import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import type { RtkStatesUpdateEvent } from '../../src/events/rtk-states-update.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { buttonByName, deepText, demoMeeting, queryAllDeep, queryDeep, totalListeners, watchErrors } from '../helpers/fixtures.js';
import type { MountOptions } from '../helpers/fixtures.js';

async function mountMeeting(options: MountOptions = {}, extra = html``) {
  const meeting = await demoMeeting({ people: 3, ...options });
  const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting} style="width: 1000px; height: 700px">${extra}</rtk-meeting>`);
  return { el, meeting };
}

/** Waits until the text a person sees in `el` contains `text`. */
const seen = (el: Element, text: string) => waitUntil(() => deepText(el).includes(text), `never showed "${text}": ${deepText(el)}`);
const tileNames = (el: Element) =>
  queryAllDeep(el, 'rtk-participant-tile').map((t) => t.shadowRoot!.querySelector('[part="name"]')?.textContent);

describe('<rtk-meeting>', () => {
  it('goes from setup to the call to the ended screen', async () => {
    const { el, meeting } = await mountMeeting();
    await seen(el, 'Join meeting');
    await expect(el).to.be.accessible();
    const input = queryDeep<HTMLInputElement>(el, 'input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Ada Lovelace' });
    buttonByName(el, 'Join meeting')!.click();

    await waitUntil(() => tileNames(el).length === 4, 'grid never showed 4 tiles');
    const others = meeting.participants.active.toArray().map((p) => p.name);
    expect(tileNames(el)).to.deep.equal(['Ada Lovelace (you)', ...others]);
    expect(queryDeep(el, '[role="toolbar"]')!.getAttribute('aria-label')).to.equal('Meeting controls');
    await expect(el).to.be.accessible();

    buttonByName(el, 'Mic on')!.click();
    await waitUntil(() => buttonByName(el, 'Mic off'), 'mic never showed off');
    expect(meeting.self.audioEnabled).to.equal(false);

    buttonByName(el, 'Leave')!.click();
    await seen(el, 'You left the meeting.');
    expect(meeting.self.roomState).to.equal('left');
    await expect(el).to.be.accessible();
  });

  it('joins at once without the setup screen', async () => {
    const meeting = await demoMeeting({ people: 1 });
    const el = await fixture<RtkMeeting>(html`<rtk-meeting show-setup-screen="false" .meeting=${meeting}></rtk-meeting>`);
    expect(el.showSetupScreen).to.equal(false);
    await waitUntil(() => tileNames(el).length === 2, 'never joined');
  });

  it('shows the waiting screen until the host lets you in', async () => {
    const { el, meeting } = await mountMeeting({ waitingRoom: true, join: true });
    await seen(el, 'Waiting for the host to let you in…');
    meeting.director.admitSelf();
    await waitUntil(() => tileNames(el).length === 4, 'never admitted');
  });

  it('says why you left, and announces its states', async () => {
    const { el, meeting } = await mountMeeting({ join: true });
    await waitUntil(() => tileNames(el).length === 4);
    const update = oneEvent(el, 'rtkStatesUpdate') as Promise<RtkStatesUpdateEvent>;
    meeting.director.kickSelf();
    expect((await update).detail.roomLeftState).to.equal('kicked');
    await seen(el, 'You were removed from the meeting.');
  });

  it('shows a failed media call as a dismissible notification', async () => {
    const { el, meeting } = await mountMeeting({ join: true, audio: false });
    await waitUntil(() => buttonByName(el, 'Mic off'));
    meeting.director.failNextMedia('audio');
    buttonByName(el, 'Mic off')!.click();
    const alert = () => queryDeep(el, 'rtk-notifications')!.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    await waitUntil(() => alert().textContent!.includes('Unmute microphone failed'), 'no notification');
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(buttonByName(el, 'Mic off')).to.exist;
    await expect(el).to.be.accessible();
    buttonByName(alert(), 'Dismiss notification')!.click();
    await waitUntil(() => !alert().textContent!.includes('failed'), 'not dismissed');
  });

  it('sets its size from its width and passes it down', async () => {
    const { el } = await mountMeeting();
    expect(el.getAttribute('size')).to.equal('lg');
    const narrow = await fixture<RtkMeeting>(html`<rtk-meeting style="width: 500px" .meeting=${await demoMeeting()}></rtk-meeting>`);
    expect(narrow.getAttribute('size')).to.equal('sm');
    await narrow.updateComplete;
    expect(queryDeep(narrow, 'rtk-setup-screen')!.getAttribute('size')).to.equal('sm');
  });

  it('renders idle screens for missing or half-shaped meetings and never throws', async () => {
    const watch = watchErrors();
    try {
      const el = await fixture<RtkMeeting>(html`<rtk-meeting></rtk-meeting>`);
      expect(deepText(el)).to.equal('Getting your meeting ready…');
      for (const broken of [{}, { self: {} }, { self: null, participants: 3 }]) {
        el.meeting = broken as unknown as Meeting;
        await el.updateComplete;
        expect(deepText(el)).to.equal('No meeting to show yet.');
      }
      const meeting = await demoMeeting({ join: true });
      Object.defineProperty(meeting, 'stage', { value: undefined });
      Object.defineProperty(meeting, 'polls', { value: undefined });
      el.meeting = meeting;
      await waitUntil(() => tileNames(el).length === 4, 'grid missing');
      await expect(el).to.be.accessible();
    } finally {
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('leaves no listener when removed, and leaves the meeting if asked to', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const el = await fixture<RtkMeeting>(html`<rtk-meeting leave-on-unmount .meeting=${meeting}></rtk-meeting>`);
    await waitUntil(() => tileNames(el).length === 4);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
    await waitUntil(() => meeting.self.roomState === 'left', 'did not leave on unmount');
  });

  it('stays in the meeting when moved within the page', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkMeeting>(html`<rtk-meeting leave-on-unmount .meeting=${meeting}></rtk-meeting>`);
    const parent = el.parentElement!;
    parent.append(document.createElement('div'), el);
    await el.updateComplete;
    await Promise.resolve();
    expect(meeting.self.roomState).to.equal('joined');
  });
});
