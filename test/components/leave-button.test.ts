import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/leave-button/rtk-leave-button.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkLeaveButton } from '../../src/components/leave-button/rtk-leave-button.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { RtkStatesUpdateEvent } from '../../src/events/rtk-states-update.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import {
  demoMeeting,
  deepActiveElement,
  deepText,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const button = (el: Element) =>
  queryDeep<HTMLButtonElement>(el.shadowRoot!.querySelector('rtk-controlbar-button')!, 'button')!;
const openDialog = (el: Element) => queryDeep<HTMLDialogElement>(el, 'dialog[open]');
/** The inner button of the dialog's rtk-button named `name`. */
const choice = (el: Element, name: string) =>
  [...(queryDeep(el, 'rtk-leave-meeting')?.shadowRoot?.querySelectorAll('rtk-button') ?? [])]
    .find((b) => b.textContent!.trim() === name)
    ?.shadowRoot?.querySelector('button');

/** The button used alone: given only its `.meeting`, no provider above it. */
async function alone(options: { preset?: 'host' | 'participant' } = {}) {
  const meeting = await demoMeeting({ join: true, ...options });
  const before = totalListeners(meeting);
  const el = await fixture<RtkLeaveButton>(
    html`<rtk-leave-button .meeting=${meeting}></rtk-leave-button>`,
  );
  return { el, meeting, before };
}

describe('<rtk-leave-button>', () => {
  it('is a "Leave" button that asks first, through the states (the official default)', async () => {
    const { el, meeting } = await mountWithMeeting<RtkUiProvider>(
      html`<rtk-ui-provider><rtk-leave-button></rtk-leave-button></rtk-ui-provider>`,
      { join: true },
    );
    const leave = el.querySelector('rtk-leave-button')!;
    await leave.updateComplete;
    expect(nameOf(button(leave))).to.equal('Leave');
    await expect(leave).to.be.accessible();
    const asked = oneEvent(leave, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    const merged = oneEvent(el, 'rtkStatesUpdate') as Promise<RtkStatesUpdateEvent>;
    button(leave).click();
    expect((await asked).detail).to.deep.equal({ activeLeaveConfirmation: true });
    expect((await merged).detail.activeLeaveConfirmation).to.equal(true);
    expect(meeting.self.roomState).to.equal('joined');
    // Inside a provider, the dialog manager (rtk-meeting's) shows the question, not the button.
    expect(openDialog(leave)).to.equal(undefined);
  });

  it('used alone, it shows the question itself: Escape keeps you in, Leave meeting leaves', async () => {
    const { el, meeting } = await alone({ preset: 'participant' });
    button(el).focus();
    button(el).click();
    await until(() => openDialog(el), 'no confirmation');
    expect(deepText(openDialog(el)!)).to.contain('Leave meeting?');
    await until(() => choice(el, 'Leave meeting'), 'no choices');
    expect(choice(el, 'End meeting for all')).to.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await until(() => !openDialog(el), 'Escape did not close it');
    await until(() => deepActiveElement() === button(el), 'focus not back on Leave');
    expect(meeting.self.roomState).to.equal('joined');

    button(el).click();
    await until(() => choice(el, 'Leave meeting'), 'no confirmation the second time');
    choice(el, 'Leave meeting')!.click();
    await until(() => meeting.self.roomState === 'left', 'did not leave');
  });

  it('alone: a refused leave and a leave that never takes effect are both reported; you stay', async () => {
    const { el, meeting } = await alone({ preset: 'participant' });
    button(el).click();
    await until(() => choice(el, 'Leave meeting'), 'no confirmation');
    meeting.director.failNextCall(meeting, 'leave');
    let notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    choice(el, 'Leave meeting')!.click();
    expect((await notified).detail.message).to.equal(
      'Leave meeting failed: The server refused the call.',
    );
    await until(() => choice(el, 'Leave meeting')!.getAttribute('aria-busy') !== 'true');
    expect(openDialog(el), 'the question stays').to.exist;
    expect(meeting.self.roomState).to.equal('joined');

    const timeout = EffectController.timeout;
    EffectController.timeout = 300;
    try {
      meeting.director.failNextCall(meeting, 'leave', 'drop');
      notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
      choice(el, 'Leave meeting')!.click();
      expect((await notified).detail.message).to.equal(
        'You are still in the meeting: it did not confirm that you left. Try again.',
      );
    } finally {
      EffectController.timeout = timeout;
    }
    expect(openDialog(el), 'the question stays').to.exist;
    await until(() => choice(el, 'Leave meeting')!.getAttribute('aria-busy') !== 'true');
    choice(el, 'Leave meeting')!.click();
    await until(() => meeting.self.roomState === 'left', 'did not leave on the third try');
  });

  it('renders nothing without a usable meeting, and leaves no listener when removed', async () => {
    const { el } = await mountWithMeeting<RtkLeaveButton>(
      html`<rtk-leave-button .meeting=${{} as never}></rtk-leave-button>`,
    );
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.equal(null);
    const { el: button2, meeting, before } = await alone({ preset: 'host' });
    button(button2).click();
    await until(() => choice(button2, 'End meeting for all'), 'no confirmation');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    button2.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
