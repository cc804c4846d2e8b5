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
import { liveSuppressors } from '../../src/effects/noise-suppression.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';

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
    const sounds = queryDeep(el, '[part="notification-toggle"]')!;
    queryDeep<HTMLButtonElement>(sounds, '[role="switch"]')!.click();
    expect((await update).detail).to.deep.equal({ prefs: { muteNotificationSounds: true } });
  });

  it('runs the microphone through RNNoise and turns it off again, restoring the microphone track', async () => {
    localStorage.removeItem('rtk-noise-suppression');
    performance.clearResourceTimings();
    const { el, meeting } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
    );
    await meeting.self.enableAudio();
    const self = meeting.self as unknown as {
      audioTrack: MediaStreamTrack;
      rawAudioTrack: MediaStreamTrack;
      audioMiddlewares: unknown[];
      audioMiddlewareContext?: AudioContext;
    };
    const mic = self.rawAudioTrack;
    expect(self.audioTrack).to.equal(mic);
    const toggle = queryDeep(el, '[part="noise-toggle"]')!;
    expect(deepText(toggle)).to.contain('Noise suppression');
    const button = queryDeep<HTMLElement>(toggle, 'button, [role="switch"]')!;
    button.click();
    await until(() => self.audioMiddlewares.length === 1, 'noise suppression never turned on', {
      timeout: 30_000,
    });
    expect(self.audioTrack).to.not.equal(mic);
    expect(self.rawAudioTrack).to.equal(mic);
    expect(liveSuppressors()).to.equal(1);
    expect(localStorage.getItem('rtk-noise-suppression')).to.equal('on');
    const context = self.audioMiddlewareContext!;
    expect(context.state).to.not.equal('closed');
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((n) => n.includes('rnnoise'))).to.equal(true);
    expect(names.filter((n) => new URL(n).origin !== location.origin)).to.deep.equal([]);
    await until(() => !el.shadowRoot!.querySelector('[part="noise-toggle"][disabled]'), 'busy');
    button.click();
    await until(() => self.audioMiddlewares.length === 0, 'noise suppression never turned off');
    expect(self.audioTrack).to.equal(mic);
    expect(mic.readyState).to.equal('live');
    expect(liveSuppressors()).to.equal(0);
    await until(() => context.state === 'closed', 'the audio context was left running');
    localStorage.removeItem('rtk-noise-suppression');
  });

  it('shows a notice and stays off when the meeting refuses the audio middleware', async () => {
    localStorage.removeItem('rtk-noise-suppression');
    const { el, meeting } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
    );
    meeting.director.failNextCall(meeting.self, 'addAudioMiddleware' as never);
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    await el.setNoiseSuppression(true);
    const { detail } = await notified;
    expect(detail.message).to.contain('Noise suppression');
    expect(el.noiseSuppression).to.equal(false);
    expect(localStorage.getItem('rtk-noise-suppression')).to.equal(null);
  });

  it('stops the suppressor and closes its audio context when the meeting is left', async () => {
    localStorage.removeItem('rtk-noise-suppression');
    const { el, meeting } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
      { join: true },
    );
    await meeting.self.enableAudio();
    const self = meeting.self as unknown as {
      audioTrack: MediaStreamTrack;
      rawAudioTrack: MediaStreamTrack;
      audioMiddlewareContext?: AudioContext;
    };
    await el.setNoiseSuppression(true);
    expect(el.noiseSuppression).to.equal(true);
    const processed = self.audioTrack;
    expect(processed).to.not.equal(self.rawAudioTrack);
    const context = self.audioMiddlewareContext!;
    expect(liveSuppressors()).to.equal(1);
    await meeting.leave();
    await until(() => liveSuppressors() === 0, 'the RNNoise node outlived the meeting');
    await until(() => context.state === 'closed', 'the audio context outlived the meeting');
    expect(processed.readyState).to.equal('ended');
    localStorage.removeItem('rtk-noise-suppression');
  });

  it('plays the noisy test clip through the suppressor when the switch is on', async () => {
    localStorage.removeItem('rtk-noise-suppression');
    const { el } = await mountWithMeeting<RtkSettingsAudio>(
      html`<rtk-settings-audio></rtk-settings-audio>`,
    );
    await el.setNoiseSuppression(true);
    const before = liveSuppressors();
    const clip = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="noise"] rtk-button')].find((b) =>
        /clip|Playing/.test(deepText(b)),
      )!;
    expect(deepText(clip())).to.contain('Play a noisy test clip');
    clip().click();
    await until(() => deepText(clip()).includes('Playing…'), 'the clip never started');
    await until(() => liveSuppressors() === before + 1, 'the clip did not go through RNNoise', {
      timeout: 20_000,
    });
    await until(() => deepText(clip()).includes('Play a noisy test clip'), 'the clip never ended', {
      timeout: 20_000,
    });
    expect(liveSuppressors()).to.equal(before);
    await el.setNoiseSuppression(false);
    localStorage.removeItem('rtk-noise-suppression');
  });

  it('disables the switch with the reason where the browser has no AudioWorklet', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'AudioWorkletNode')!;
    Object.defineProperty(globalThis, 'AudioWorkletNode', { value: undefined, configurable: true });
    try {
      const { el } = await mountWithMeeting<RtkSettingsAudio>(
        html`<rtk-settings-audio></rtk-settings-audio>`,
      );
      await el.updateComplete;
      const toggle = queryDeep(el, '[part="noise-toggle"]') as HTMLElement & { disabled: boolean };
      expect(toggle.disabled).to.equal(true);
      expect(deepText(queryDeep(el, '[part="noise"]')!)).to.contain(
        'Noise suppression needs AudioWorklet and WebAssembly, which this browser does not offer.',
      );
      expect(deepText(el)).to.not.contain('Play a noisy test clip');
      await el.setNoiseSuppression(true);
      expect(el.noiseSuppression).to.equal(false);
    } finally {
      Object.defineProperty(globalThis, 'AudioWorkletNode', original);
    }
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
