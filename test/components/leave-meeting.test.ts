import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/leave-meeting/rtk-leave-meeting.js';
import type { RtkLeaveMeeting } from '../../src/components/leave-meeting/rtk-leave-meeting.js';
import { DemoClientError } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import { mountWithMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const buttons = (el: Element) => queryAllDeep<RtkButton>(el, 'rtk-button');
const names = (el: Element) => buttons(el).map((b) => b.textContent!.trim());
/** The rtk-button with this text; clicking it clicks its inner button, as a person would. */
const buttonByName = (el: Element, name: string) => {
  const host = buttons(el).find((b) => b.textContent!.trim() === name);
  return (
    host && Object.assign(host, { click: () => host.shadowRoot!.querySelector('button')!.click() })
  );
};

describe('<rtk-leave-meeting>', () => {
  it('a participant can leave or cancel, not end the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveMeeting>(
      html`<rtk-leave-meeting></rtk-leave-meeting>`,
      {
        join: true,
        preset: 'participant',
      },
    );
    expect(names(el)).to.deep.equal(['Cancel', 'Leave meeting']);
    const cancelled = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    buttonByName(el, 'Cancel')!.click();
    expect((await cancelled).detail).to.deep.equal({ activeLeaveConfirmation: false });
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    buttonByName(el, 'Leave meeting')!.click();
    await closed;
    expect(meeting.self.roomState).to.equal('left');
  });

  it('a host can end the meeting for everyone', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveMeeting>(
      html`<rtk-leave-meeting></rtk-leave-meeting>`,
      {
        join: true,
        preset: 'host',
        people: 3,
      },
    );
    expect(names(el)).to.deep.equal(['Cancel', 'Leave meeting', 'End meeting for all']);
    buttonByName(el, 'End meeting for all')!.click();
    await until(() => meeting.self.roomState === 'ended', 'the meeting did not end');
    expect(meeting.participants.joined.size).to.equal(0);
  });

  it('follows a permission change', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveMeeting>(
      html`<rtk-leave-meeting></rtk-leave-meeting>`,
      {
        join: true,
        preset: 'participant',
      },
    );
    meeting.director.updatePermissions({ kickParticipant: true });
    await el.updateComplete;
    expect(names(el)).to.include('End meeting for all');
  });

  it('a rejected end: notification, busy state cleared, still in the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveMeeting>(
      html`<rtk-leave-meeting></rtk-leave-meeting>`,
      {
        join: true,
        preset: 'host',
      },
    );
    Object.defineProperty(meeting.participants, 'kickAll', {
      value: () => Promise.reject(new DemoClientError('1201', 'Not allowed right now.')),
    });
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    buttonByName(el, 'End meeting for all')!.click();
    await el.updateComplete;
    expect(buttonByName(el, 'Leave meeting')!.disabled).to.equal(true);
    const { detail } = await notified;
    expect(detail.message).to.equal('End meeting for all failed: Not allowed right now.');
    await until(() => !buttonByName(el, 'Leave meeting')!.disabled);
    expect(meeting.self.roomState).to.equal('joined');
  });

  it('leaves no listener when removed', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveMeeting>(html`<div></div>`, {
      join: true,
    });
    const before = totalListeners(meeting);
    const leave = document.createElement('rtk-leave-meeting');
    el.append(leave);
    leave.meeting = meeting;
    await leave.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    leave.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
