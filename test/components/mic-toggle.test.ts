import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/mic-toggle/rtk-mic-toggle.js';
import type { RtkMicToggle } from '../../src/components/mic-toggle/rtk-mic-toggle.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function button(el: RtkMicToggle): HTMLButtonElement {
  return queryDeep<HTMLButtonElement>(el, 'button')!;
}

async function settled(el: RtkMicToggle) {
  await until(() => button(el)?.getAttribute('aria-busy') !== 'true', 'still busy');
  await el.updateComplete;
}

describe('<rtk-mic-toggle>', () => {
  it('shows the microphone state of the meeting as a toggle button', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
    );
    expect(meeting.self.audioEnabled).to.equal(true);
    expect(nameOf(button(el))).to.equal('Mic on');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('turns the microphone off and on through the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
    );
    button(el).click();
    await settled(el);
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Mic off');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    button(el).click();
    await settled(el);
    expect(meeting.self.audioEnabled).to.equal(true);
    expect(nameOf(button(el))).to.equal('Mic on');
  });

  it('is busy while the call is in flight and shows the result only after the event', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
      {
        latency: 20,
      },
    );
    button(el).click();
    await el.updateComplete;
    const inner = queryDeep(el, 'rtk-controlbar-button')!;
    await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(queryDeep(el, '[part="spinner"]')).to.exist;
    // No optimistic UI: still on until the meeting says otherwise.
    expect(nameOf(button(el))).to.equal('Mic on');
    await settled(el);
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Mic off');
  });

  it('follows audioUpdate events it did not cause', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
    );
    await meeting.self.disableAudio();
    await el.updateComplete;
    expect(nameOf(button(el))).to.equal('Mic off');
  });

  it('reports a rejected call and keeps showing the true state', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
      {
        audio: false,
      },
    );
    meeting.director.failNextMedia('audio', 'DENIED');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    button(el).click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Unmute microphone failed: /);
    await settled(el);
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Mic off');
    // The denied permission shows a warning with the reason.
    expect(queryDeep(el, '[part="warning-indicator"]')).to.exist;
    expect(queryDeep(el, '[role="tooltip"]')!.textContent).to.contain(
      'Microphone access is blocked',
    );
  });

  it('is disabled, with the reason, when the preset does not allow audio', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
      {
        audio: false,
      },
    );
    meeting.director.updatePermissions({ canProduceAudio: 'NOT_ALLOWED' });
    await el.updateComplete;
    await (
      queryDeep(el, 'rtk-controlbar-button') as HTMLElement & { updateComplete: Promise<unknown> }
    ).updateComplete;
    const b = button(el);
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    const description = queryDeep(el, `#${b.getAttribute('aria-describedby')}`);
    expect(description!.textContent).to.equal('You are not allowed to use the microphone');
    b.click();
    await el.updateComplete;
    expect(b.getAttribute('aria-busy')).to.equal(null);
    expect(meeting.self.audioEnabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('asks a webinar viewer to join the stage first', async () => {
    const { el } = await mountWithMeeting<RtkMicToggle>(html`<rtk-mic-toggle></rtk-mic-toggle>`, {
      preset: 'webinar-viewer',
    });
    await settled(el);
    const b = button(el);
    expect(nameOf(b)).to.equal('Mic off');
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    expect(queryDeep(el, `#${b.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'Join the stage to use your microphone',
    );
  });

  it('works from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle></rtk-mic-toggle>`,
    );
    el.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !meeting.self.audioEnabled, 'Space did not mute');
    await settled(el);
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.self.audioEnabled, 'Enter did not unmute');
  });

  it('renders nothing without a meeting, and for a half-shaped one', async () => {
    const { el } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle .meeting=${{} as never}></rtk-mic-toggle>`,
    );
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.equal(null);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkMicToggle>(
      html`<rtk-mic-toggle .meeting=${meeting}></rtk-mic-toggle>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
