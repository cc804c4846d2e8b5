import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/camera-toggle/rtk-camera-toggle.js';
import type { RtkCameraToggle } from '../../src/components/camera-toggle/rtk-camera-toggle.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const button = (el: RtkCameraToggle) => queryDeep<HTMLButtonElement>(el, 'button')!;

async function settled(el: RtkCameraToggle) {
  await until(() => button(el)?.getAttribute('aria-busy') !== 'true', 'still busy');
  await el.updateComplete;
}

describe('<rtk-camera-toggle>', () => {
  it('shows and toggles the camera through the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkCameraToggle>(
      html`<rtk-camera-toggle></rtk-camera-toggle>`,
    );
    expect(nameOf(button(el))).to.equal('Camera on');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    button(el).click();
    await settled(el);
    expect(meeting.self.videoEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Camera off');
    button(el).click();
    await settled(el);
    expect(meeting.self.videoEnabled).to.equal(true);
    expect(nameOf(button(el))).to.equal('Camera on');
  });

  it('follows videoUpdate events it did not cause', async () => {
    const { el, meeting } = await mountWithMeeting<RtkCameraToggle>(
      html`<rtk-camera-toggle></rtk-camera-toggle>`,
    );
    await meeting.self.disableVideo();
    await el.updateComplete;
    expect(nameOf(button(el))).to.equal('Camera off');
  });

  it('reports a camera that cannot start and keeps showing it off', async () => {
    const { el, meeting } = await mountWithMeeting<RtkCameraToggle>(
      html`<rtk-camera-toggle></rtk-camera-toggle>`,
      {
        video: false,
      },
    );
    meeting.director.failNextMedia('video', 'NO_DEVICES_AVAILABLE');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    button(el).click();
    const { detail } = await notified;
    expect(detail.variant).to.equal('error');
    expect(detail.message).to.match(/^Turn on camera failed: ./);
    await settled(el);
    expect(meeting.self.videoEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Camera off');
    expect(button(el).getAttribute('aria-disabled')).to.equal(null);
  });

  it('is disabled, with the reason, in a preset without video', async () => {
    const { el } = await mountWithMeeting<RtkCameraToggle>(
      html`<rtk-camera-toggle></rtk-camera-toggle>`,
      {
        preset: 'audio-room',
      },
    );
    await settled(el);
    const b = button(el);
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    expect(queryDeep(el, `#${b.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'You are not allowed to use the camera',
    );
    await expect(el).to.be.accessible();
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkCameraToggle>(
      html`<rtk-camera-toggle .meeting=${meeting}></rtk-camera-toggle>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
