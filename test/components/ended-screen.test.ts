import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/ended-screen/rtk-ended-screen.js';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkEndedScreen } from '../../src/components/ended-screen/rtk-ended-screen.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { DemoClientError } from '../../src/demo/index.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const rejoinButton = (el: Element) =>
  queryAllDeep<HTMLElement>(el, 'rtk-button').find((b) => /^Rejoin/.test(deepText(b)));
const seen = (el: Element, text: string) =>
  until(
    () => deepText(el).includes(text),
    () => `never showed "${text}": ${deepText(el)}`,
  );

const text = (el: RtkEndedScreen) => ({
  message: el.shadowRoot!.querySelector('[part="message"]')!.textContent,
  description: el.shadowRoot!.querySelector('[part="description"]')!.textContent,
});

describe('<rtk-ended-screen>', () => {
  it('says you left after leaving', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
      { join: true },
    );
    expect(text(el).message).to.equal('You are no longer in the meeting.');
    await meeting.leave();
    await el.updateComplete;
    expect(text(el)).to.deep.equal({
      message: 'You left the meeting.',
      description: 'Thanks for joining. You can close this page now.',
    });
    await expect(el).to.be.accessible();
  });

  it('says the meeting ended, or that you were removed, from the meeting events', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
      { join: true },
    );
    meeting.director.endMeeting();
    await el.updateComplete;
    expect(text(el).message).to.equal('The meeting has ended.');
    const second = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
      { join: true },
    );
    second.meeting.director.kickSelf();
    await second.el.updateComplete;
    expect(text(second.el).message).to.equal('You were removed from the meeting.');
  });

  it('prefers the reason kept in the UI states', async () => {
    const reasons = {
      rejected: 'Your request to join was declined.',
      disconnected: 'You were disconnected.',
      failed: 'The connection to the meeting failed.',
      stageLeft: 'You are no longer in the meeting.',
    } as const;
    const { el } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
    );
    for (const [reason, message] of Object.entries(reasons)) {
      el.states = { roomLeftState: reason as keyof typeof reasons };
      await el.updateComplete;
      expect(text(el).message).to.equal(message);
    }
  });

  it('shows the default message without a meeting', async () => {
    const { el } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen .meeting=${{ self: {} } as never}></rtk-ended-screen>`,
    );
    expect(text(el).message).to.equal('You are no longer in the meeting.');
  });

  it('offers to rejoin after leaving or losing the connection, not after removal or the end', async () => {
    const { el } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
    );
    const offered: Record<string, boolean> = {};
    for (const reason of [
      'left',
      'disconnected',
      'failed',
      'kicked',
      'ended',
      'rejected',
    ] as const) {
      el.states = { roomLeftState: reason };
      await el.updateComplete;
      offered[reason] = Boolean(rejoinButton(el));
    }
    expect(offered).to.deep.equal({
      left: true,
      disconnected: true,
      failed: true,
      kicked: false,
      ended: false,
      rejected: false,
    });
  });

  it('rejoins from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
      { join: true },
    );
    await meeting.leave();
    await el.updateComplete;
    rejoinButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.self.roomState === 'joined', 'never rejoined');
  });

  it('shows why rejoining failed and lets you try again', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen></rtk-ended-screen>`,
      { join: true },
    );
    await meeting.leave();
    await el.updateComplete;
    const join = meeting.join;
    Object.defineProperty(meeting, 'join', {
      value: () => Promise.reject(new DemoClientError('0002', 'Check the network and try again.')),
    });
    rejoinButton(el)!.click();
    await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('Could not rejoin: Check the network and try again.');
    Object.defineProperty(meeting, 'join', { value: join });
    rejoinButton(el)!.click();
    await until(() => meeting.self.roomState === 'joined', 'never rejoined');
  });

  it('in rtk-meeting: kicked mid-call, then the meeting ended by the host', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 900px; height: 600px"></rtk-meeting>`,
    );
    await until(
      () => queryAllDeep(el, 'rtk-participant-tile').length === 3,
      'never showed the meeting',
    );
    meeting.director.kickSelf();
    await seen(el, 'You were removed from the meeting.');
    await seen(el, 'The host removed you from this meeting.');
    expect(queryAllDeep(el, 'rtk-participant-tile')).to.have.length(0);
    expect(rejoinButton(el)).to.equal(undefined);
    await expect(el).to.be.accessible();

    const second = await demoMeeting({ people: 2, join: true });
    el.meeting = second;
    await until(
      () => queryAllDeep(el, 'rtk-participant-tile').length === 3,
      'never showed the second meeting',
    );
    second.director.endMeeting();
    await seen(el, 'The meeting has ended.');
    await seen(el, 'The host ended the meeting for everyone.');
  });

  it('in rtk-meeting: a dropped connection ends with "disconnected" and a working rejoin', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 900px; height: 600px"></rtk-meeting>`,
    );
    meeting.director.disconnect({ giveUpAfterMs: 50 });
    await seen(el, 'You were disconnected.');
    rejoinButton(el)!.click();
    await until(() => queryAllDeep(el, 'rtk-participant-tile').length === 2, 'never rejoined');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkEndedScreen>(
      html`<rtk-ended-screen .meeting=${meeting}></rtk-ended-screen>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
