import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/settings-audio/rtk-settings-audio.js';
import type { RtkSettingsAudio } from '../../src/components/settings-audio/rtk-settings-audio.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const testButton = (el: HTMLElement) => queryDeep<HTMLElement>(el, '[part="test-button"]')!;

async function ready(el: HTMLElement) {
  const inside = (tag: string) => {
    const host = queryDeep(el, tag);
    return host ? queryDeep(host, 'select') : undefined;
  };
  await until(
    () => inside('rtk-microphone-selector') && inside('rtk-speaker-selector'),
    'not loaded',
  );
}

describe('<rtk-settings-audio>', () => {
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('shows the microphone with its live level, the speaker with a test sound, and notification sounds', async () => {
    const { el } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
      { join: true },
    );
    await ready(el);
    expect(queryDeep(el, '[part="level"] rtk-audio-visualizer')).to.exist;
    expect(deepText(queryDeep(el, '[part="level"]')!)).to.contain('Microphone level');
    expect(testButton(el).textContent!.trim()).to.equal('Play test sound');
    const toggle = queryDeep(el, '[part="notification-toggle"]')!;
    expect(queryDeep(toggle, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says when the microphone is off, and shows the level again when it is turned on', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
      {
        audio: false,
      },
    );
    await ready(el);
    expect(deepText(queryDeep(el, '[part="level"]')!)).to.equal('Your microphone is off.');
    await meeting.self.enableAudio();
    await el.updateComplete;
    expect(queryDeep(el, '[part="level"] rtk-audio-visualizer')).to.exist;
  });

  it('plays a test sound and is busy meanwhile', async () => {
    const { el } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
    );
    await ready(el);
    const notes: Event[] = [];
    el.addEventListener('rtkNotification', (e) => notes.push(e));
    testButton(el).click();
    // Busy from the click until the sound has played (or was refused, which can be quick): look
    // right after the updates, not with a poll that may come after it ended.
    await el.updateComplete;
    await (testButton(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(testButton(el).hasAttribute('loading'), 'not playing').to.equal(true);
    expect(testButton(el).textContent!.trim()).to.equal('Playing test sound…');
    await until(() => !testButton(el).hasAttribute('loading'), 'did not finish');
    expect(testButton(el).textContent!.trim()).to.equal('Play test sound');
    // Headless Chromium may refuse to play without a gesture: then it is reported, never thrown.
    expect(notes.length).to.be.at.most(1);
  });

  it('turns notification sounds off through the UI states', async () => {
    const { el } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
    );
    await ready(el);
    const update = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    queryDeep<HTMLButtonElement>(el, '[role="switch"]')!.click();
    expect((await update).detail).to.deep.equal({ prefs: { muteNotificationSounds: true } });
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio .meeting=${meeting}></rtk-settings-audio>`,
    );
    await ready(el);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
