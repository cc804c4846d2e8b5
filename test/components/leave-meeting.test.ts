import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/dialog/rtk-dialog.js';
import type { RtkDialog } from '../../src/components/dialog/rtk-dialog.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import '../../src/components/leave-meeting/rtk-leave-meeting.js';
import type { RtkLeaveMeeting } from '../../src/components/leave-meeting/rtk-leave-meeting.js';
import { DemoClientError } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import {
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
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
    meeting.director.failNextCall(
      meeting.participants,
      'kickAll',
      'reject',
      new DemoClientError('1201', 'Not allowed right now.'),
    );
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    const reported = oneEvent(el, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    buttonByName(el, 'End meeting for all')!.click();
    await el.updateComplete;
    expect(buttonByName(el, 'Leave meeting')!.disabled).to.equal(true);
    const { detail } = await notified;
    expect(detail.message).to.equal('End meeting for all failed: Not allowed right now.');
    expect((await reported).detail.trace).to.equal('participants.kickAll');
    await until(() => !buttonByName(el, 'Leave meeting')!.disabled);
    expect(meeting.self.roomState).to.equal('joined');
  });

  it('an end that never takes effect: the dialog cannot be closed meanwhile, then says so', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'host', people: 2 });
    const el = await fixture<RtkDialog>(
      html`<rtk-dialog open .meeting=${meeting}><rtk-leave-meeting></rtk-leave-meeting></rtk-dialog>`,
    );
    const content = el.querySelector('rtk-leave-meeting')!;
    await content.updateComplete;
    const timeout = EffectController.timeout;
    EffectController.timeout = 400;
    try {
      meeting.director.failNextCall(meeting.participants, 'kickAll', 'drop');
      const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
      buttonByName(content, 'End meeting for all')!.click();
      await until(() => el.hideCloseButton && el.disableEscapeKey, 'the dialog can still close');
      const { detail } = await notified;
      expect(detail.message).to.equal(
        'The meeting has not ended: it did not confirm ending for everyone. Try again.',
      );
    } finally {
      EffectController.timeout = timeout;
    }
    await until(() => !el.hideCloseButton && !el.disableEscapeKey, 'the dialog stays locked');
    expect(el.open).to.equal(true);
    expect(meeting.self.roomState).to.equal('joined');
    expect(meeting.participants.joined.size).to.equal(2);
    // The choice is offered again, and works.
    await until(
      () => buttonByName(content, 'End meeting for all')!.getAttribute('loading') === null,
    );
    buttonByName(content, 'End meeting for all')!.click();
    await until(() => meeting.self.roomState === 'ended', 'the meeting did not end');
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
