import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/waiting-screen/rtk-waiting-screen.js';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkWaitingScreen } from '../../src/components/waiting-screen/rtk-waiting-screen.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { DemoClientError } from '../../src/demo/index.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const leaveButton = (el: Element) =>
  queryAllDeep<HTMLElement>(el, 'rtk-button').find((b) => deepText(b) === 'Leave waiting room');
const seen = (el: Element, text: string) =>
  until(
    () => deepText(el).includes(text),
    () => `never showed "${text}": ${deepText(el)}`,
  );

describe('<rtk-waiting-screen>', () => {
  it('says you are waiting, with the meeting title and a way out', async () => {
    const { el, meeting } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen></rtk-waiting-screen>`,
      {
        waitingRoom: true,
        join: true,
        title: 'Board meeting',
      },
    );
    expect(meeting.self.roomState).to.equal('waitlisted');
    expect(part(el, 'title')!.textContent).to.equal('Board meeting');
    const message = part(el, 'message')!;
    expect(message.getAttribute('role')).to.equal('status');
    expect(message.textContent).to.equal('Waiting for the host to let you in…');
    expect(part(el, 'hint')!.textContent).to.contain('moves on by itself');
    expect(leaveButton(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says so when the host lets you in', async () => {
    const { el, meeting } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen></rtk-waiting-screen>`,
      {
        waitingRoom: true,
        join: true,
      },
    );
    meeting.director.admitSelf();
    await el.updateComplete;
    expect(meeting.self.roomState).to.equal('joined');
    expect(part(el, 'message')!.textContent).to.equal('You have been let in. Joining…');
    expect(leaveButton(el)).to.equal(undefined);
  });

  it('shows the rejection', async () => {
    const { el, meeting } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen></rtk-waiting-screen>`,
      {
        waitingRoom: true,
        join: true,
      },
    );
    meeting.director.rejectSelf();
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('The host did not let you in.');
    expect(leaveButton(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('leaves the waiting room from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen></rtk-waiting-screen>`,
      {
        waitingRoom: true,
        join: true,
      },
    );
    leaveButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.self.roomState === 'left', 'never left');
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('You left the waiting room.');
  });

  it('reports a failed leave and keeps waiting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen></rtk-waiting-screen>`,
      {
        waitingRoom: true,
        join: true,
      },
    );
    Object.defineProperty(meeting, 'leave', {
      value: () => Promise.reject(new DemoClientError('0002', 'The network is down.')),
    });
    const notification = oneEvent(el, 'rtkNotification');
    leaveButton(el)!.click();
    const { detail } = await notification;
    expect(detail.variant).to.equal('error');
    expect(detail.message).to.equal('Leave waiting room failed: The network is down.');
    await el.updateComplete;
    expect(meeting.self.roomState).to.equal('waitlisted');
    expect(part(el, 'message')!.textContent).to.equal('Waiting for the host to let you in…');
  });

  it('in rtk-meeting: waitlisted, then accepted, moves on to the meeting by itself', async () => {
    const meeting = await demoMeeting({ people: 2, waitingRoom: true, join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 900px; height: 600px"></rtk-meeting>`,
    );
    await seen(el, 'Waiting for the host to let you in…');
    meeting.director.admitSelf();
    await until(
      () => queryAllDeep(el, 'rtk-participant-tile').length === 3,
      'never showed the meeting',
    );
    expect(deepText(el)).not.to.contain('Waiting for the host');
  });

  it('in rtk-meeting: waitlisted, then rejected, ends with the reason', async () => {
    const meeting = await demoMeeting({ people: 2, waitingRoom: true, join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 900px; height: 600px"></rtk-meeting>`,
    );
    await seen(el, 'Waiting for the host to let you in…');
    meeting.director.rejectSelf();
    await seen(el, 'Your request to join was declined.');
    expect(queryAllDeep(el, 'rtk-participant-tile')).to.have.length(0);
  });

  it('does not throw without a meeting, and leaves no listener when removed', async () => {
    const errors = watchErrors();
    const bare = await fixture<RtkWaitingScreen>(html`<rtk-waiting-screen></rtk-waiting-screen>`);
    expect(part(bare, 'message')!.textContent).to.equal('Waiting for the host to let you in…');
    expect(leaveButton(bare)).to.equal(undefined);
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
    const meeting = await demoMeeting({ waitingRoom: true, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkWaitingScreen>(
      html`<rtk-waiting-screen .meeting=${meeting}></rtk-waiting-screen>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
