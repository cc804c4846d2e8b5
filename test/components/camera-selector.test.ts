import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/camera-selector/rtk-camera-selector.js';
import type { RtkCameraSelector } from '../../src/components/camera-selector/rtk-camera-selector.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const select = (el: HTMLElement) => queryDeep<HTMLSelectElement>(el, 'select');
const options = (el: HTMLElement) =>
  [...(select(el)?.options ?? [])].map((o) => o.textContent!.trim());
const chosen = (el: HTMLElement) => {
  const s = select(el);
  return s ? s.options[s.selectedIndex]?.textContent?.trim() : undefined;
};

describe('<rtk-camera-selector>', () => {
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('lists the cameras and switches mid-call, with a new camera track', async () => {
    const { el, meeting } = await mountWithMeeting<RtkCameraSelector>(
      html`<rtk-camera-selector></rtk-camera-selector>`,
      {
        join: true,
      },
    );
    await until(() => select(el), 'no list');
    expect(options(el)).to.deep.equal(['Built-in HD Camera', 'Studio Webcam']);
    expect(chosen(el)).to.equal('Built-in HD Camera');
    expect(queryDeep(el, '[part="camera-selection"]')).to.exist;
    expect(queryDeep(el, 'label')!.textContent!.trim()).to.equal('Camera');
    const before = meeting.self.videoTrack;
    const s = select(el)!;
    s.selectedIndex = 1;
    s.dispatchEvent(new Event('change'));
    await until(
      () => meeting.self.getCurrentDevices().video?.label === 'Studio Webcam',
      'not switched',
    );
    await el.updateComplete;
    expect(chosen(el)).to.equal('Studio Webcam');
    expect(meeting.self.videoTrack).to.not.equal(before);
    await expect(el).to.be.accessible();
  });

  it('falls back when the camera in use is unplugged', async () => {
    const { el, meeting } = await mountWithMeeting<RtkCameraSelector>(
      html`<rtk-camera-selector></rtk-camera-selector>`,
      {
        join: true,
      },
    );
    await until(() => select(el), 'no list');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    meeting.director.unplugDevice('demo-videoinput-1');
    expect((await notified).detail.message).to.equal(
      'Built-in HD Camera was disconnected. Now using Studio Webcam.',
    );
    await until(() => options(el).length === 1, 'the list did not update');
    expect(chosen(el)).to.equal('Studio Webcam');
    expect(meeting.self.videoEnabled).to.equal(true);
  });

  it('says so when there is no camera, and names unlabelled cameras by number', async () => {
    const meeting = await demoMeeting();
    meeting.director.hideDeviceLabels();
    const { el } = await mountWithMeeting<RtkCameraSelector>(
      html`<rtk-camera-selector .meeting=${meeting}></rtk-camera-selector>`,
    );
    await until(() => select(el), 'no list');
    expect(options(el)).to.deep.equal(['Camera 1', 'Camera 2']);
    meeting.director.unplugDevice('demo-videoinput-1');
    meeting.director.unplugDevice('demo-videoinput-2');
    await until(() => !select(el), 'still a list');
    expect(deepText(el)).to.contain('No camera found');
    expect(meeting.self.videoEnabled).to.equal(false);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkCameraSelector>(
      html`<rtk-camera-selector .meeting=${meeting}></rtk-camera-selector>`,
    );
    await until(() => select(el), 'no list');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
