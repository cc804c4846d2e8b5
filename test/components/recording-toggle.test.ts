import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/recording-toggle/rtk-recording-toggle.js';
import type { RtkRecordingToggle } from '../../src/components/recording-toggle/rtk-recording-toggle.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { meetingEvent, until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
async function settled(el: HTMLElement) {
  for (const child of [el, ...queryAllDeep<Updatable>(el, 'rtk-controlbar-button')])
    await (child as Updatable).updateComplete;
}

describe('<rtk-recording-toggle>', () => {
  it('starts and stops recording, following recordingUpdate', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingToggle>(
      html`<rtk-recording-toggle></rtk-recording-toggle>`,
      {
        join: true,
      },
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Record');
    button(el).click();
    await until(() => meeting.recording?.recordingState === 'RECORDING', 'not recording');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Stop recording');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    button(el).click();
    await until(() => meeting.recording?.recordingState === 'IDLE', 'still recording');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Record');
    await expect(el).to.be.accessible();
  });

  it('is busy while starting, whoever started it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingToggle>(
      html`<rtk-recording-toggle></rtk-recording-toggle>`,
      {
        join: true,
        latency: 30,
      },
    );
    // The recorder starts a moment after STARTING: catch the event, not a poll that may miss it.
    const starting = meetingEvent(
      meeting.recording!,
      'recordingUpdate',
      (state) => state === 'STARTING',
    );
    button(el).click();
    await starting;
    await settled(el);
    expect(nameOf(button(el))).to.equal('Starting recording');
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    await until(() => meeting.recording?.recordingState === 'RECORDING', 'not recording');
  });

  it('pauses and resumes with show-pause', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingToggle>(
      html`<rtk-recording-toggle show-pause></rtk-recording-toggle>`,
      { join: true },
    );
    meeting.director.recording.start();
    await until(() => meeting.recording?.recordingState === 'RECORDING');
    await settled(el);
    const pause = queryDeep(el, '[part="pause-button"]')!;
    expect(nameOf(queryDeep(pause, 'button')!)).to.equal('Pause recording');
    queryDeep<HTMLButtonElement>(pause, 'button')!.click();
    await until(() => meeting.recording?.recordingState === 'PAUSED', 'not paused');
    await settled(el);
    expect(nameOf(queryDeep(queryDeep(el, '[part="pause-button"]')!, 'button')!)).to.equal(
      'Resume recording',
    );
  });

  it('reports a rejected call and keeps the true state', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingToggle>(
      html`<rtk-recording-toggle></rtk-recording-toggle>`,
      {
        join: true,
      },
    );
    await settled(el);
    // Another host starts it the moment we click: ours is rejected (1005).
    meeting.director.recording.start();
    meeting.director.recording.stop();
    const original = meeting.recording!.start.bind(meeting.recording);
    meeting.recording!.start = async () => {
      meeting.director.recording.start();
      return original();
    };
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    const apiError = oneEvent(el, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    button(el).click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Record failed: /);
    const error = await apiError;
    expect(error.detail.trace).to.equal('recording.start');
    expect(error.detail.message).to.match(/1005|not permitted/i);
    await settled(el);
    expect(nameOf(button(el))).to.equal('Stop recording');
  });

  it('is hidden for presets that may not record', async () => {
    const { el } = await mountWithMeeting<RtkRecordingToggle>(
      html`<rtk-recording-toggle></rtk-recording-toggle>`,
      {
        join: true,
        preset: 'participant',
      },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
    expect(button(el)).to.equal(undefined);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-recording-toggle .meeting=${meeting}></rtk-recording-toggle>`,
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
