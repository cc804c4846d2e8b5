import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/settings-video/rtk-settings-video.js';
import type { RtkSettingsVideo } from '../../src/components/settings-video/rtk-settings-video.js';
import { blurEffect } from '../../src/demo/effects/blur.js';
import { provideVideoEffects, type VideoEffectsProvider } from '../../src/effects/video-effects.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const video = (el: HTMLElement) => queryDeep<HTMLVideoElement>(el, 'video');
/** The radios of the page's own effects (the built-in background effects have their own). */
const radios = (el: HTMLElement) => {
  const fieldset = queryDeep<HTMLElement>(el, '[part="effects"]');
  return fieldset ? queryAllDeep<HTMLInputElement>(fieldset, 'input[type="radio"]') : [];
};
const radio = (el: HTMLElement, label: string) =>
  radios(el).find((r) => r.closest('label')!.textContent!.trim() === label)!;

describe('<rtk-settings-video>', () => {
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('previews the camera, mirrored, with the mirror switch and the camera selector', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
    );
    await until(() => video(el)?.srcObject, 'no preview');
    const stream = video(el)!.srcObject as MediaStream;
    expect(stream.getVideoTracks()[0]).to.equal(meeting.self.videoTrack);
    const preview = queryDeep(el, '[part="tile-preview"]')!;
    expect(preview.getAttribute('role')).to.equal('img');
    expect(preview.getAttribute('aria-label')).to.equal('Camera preview');
    expect(getComputedStyle(video(el)!).transform).to.not.equal('none');
    expect(queryDeep(el, 'rtk-camera-selector')).to.exist;
    expect(queryDeep(el, '[part="effects"]')).to.equal(undefined);
    await until(() => queryDeep(queryDeep(el, 'rtk-camera-selector')!, 'select'), 'no camera list');
    await expect(el).to.be.accessible();
  });

  it('turns mirroring off through the UI states', async () => {
    const { el } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
    );
    await until(() => video(el), 'no preview');
    const update = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    queryDeep<HTMLButtonElement>(el, '[role="switch"]')!.click();
    expect((await update).detail).to.deep.equal({ prefs: { mirrorVideo: false } });
    await el.updateComplete;
    expect(getComputedStyle(video(el)!).transform).to.equal('none');
  });

  it('says when the camera is off and shows it again when it comes on', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
      {
        video: false,
      },
    );
    await el.updateComplete;
    expect(deepText(queryDeep(el, '[part="tile-preview"]')!)).to.equal('Your camera is off.');
    await meeting.self.enableVideo();
    await until(() => video(el)?.srcObject, 'no preview');
  });

  it('follows a camera switch with the new track', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
      {
        join: true,
      },
    );
    await until(() => video(el)?.srcObject, 'no preview');
    const [, webcam] = await meeting.self.getVideoDevices();
    await meeting.self.setDevice(webcam);
    await el.updateComplete;
    expect((video(el)!.srcObject as MediaStream).getVideoTracks()[0]).to.equal(
      meeting.self.videoTrack,
    );
  });

  it('shows background effects only when a provider is supplied, and applies blur through the middleware API', async () => {
    const meeting = await demoMeeting({ join: true });
    const { el } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video .meeting=${meeting}></rtk-settings-video>`,
    );
    expect(queryDeep(el, '[part="effects"]')).to.equal(undefined);
    const effect = blurEffect('Blur');
    provideVideoEffects(meeting, { effects: [effect] });
    el.requestUpdate();
    await el.updateComplete;
    const fieldset = queryDeep<HTMLFieldSetElement>(el, '[part="effects"]')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Background effects');
    expect(radios(el).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'None',
      'Blur',
    ]);
    expect(radio(el, 'None').checked).to.equal(true);
    const raw = meeting.self.rawVideoTrack;
    const states = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    radio(el, 'Blur').click();
    expect((await states).detail).to.deep.equal({ videoEffect: 'blur' });
    expect(meeting.self.videoMiddlewares).to.deep.equal([effect.middleware]);
    await el.updateComplete;
    expect(radio(el, 'Blur').checked).to.equal(true);
    // The preview shows the processed camera.
    await until(
      () =>
        (video(el)!.srcObject as MediaStream | null)?.getVideoTracks()[0] ===
        meeting.self.videoTrack,
    );
    expect(meeting.self.videoTrack).to.not.equal(raw);
    await expect(el).to.be.accessible();
    // Back to none: the middleware is removed.
    radio(el, 'None').focus();
    radio(el, 'None').click();
    await until(() => meeting.self.videoMiddlewares.length === 0, 'blur not removed');
    await until(() => meeting.self.videoTrack === raw, 'still processed');
    provideVideoEffects(meeting, undefined);
  });

  it('offers effects from the property, and reports a refused middleware truthfully', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
    );
    const provider: VideoEffectsProvider = { effects: [blurEffect('Blur')] };
    el.effects = provider;
    await el.updateComplete;
    meeting.self.addVideoMiddleware = async () => ({
      success: false,
      message: 'Effects are not supported here.',
    });
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    radio(el, 'Blur').click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.equal(
      'Applying the effect failed: Effects are not supported here.',
    );
    await el.updateComplete;
    expect(radio(el, 'None').checked).to.equal(true);
    expect(radio(el, 'Blur').checked).to.equal(false);
  });

  it('chooses an effect from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video></rtk-settings-video>`,
    );
    el.effects = { effects: [blurEffect('Blur')] };
    await el.updateComplete;
    radio(el, 'None').focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => meeting.self.videoMiddlewares.length === 1, 'arrow did not apply blur');
  });

  it('leaves no listener on the meeting when removed, and releases the preview', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSettingsVideo>(
      html`<rtk-settings-video .meeting=${meeting}></rtk-settings-video>`,
    );
    await until(() => video(el)?.srcObject, 'no preview');
    const v = video(el)!;
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
    expect(v.srcObject).to.equal(null);
  });
});
