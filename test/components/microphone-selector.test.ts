import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/microphone-selector/rtk-microphone-selector.js';
import type { RtkMicrophoneSelector } from '../../src/components/microphone-selector/rtk-microphone-selector.js';
import { DemoClientError } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function select(el: HTMLElement): HTMLSelectElement | undefined {
  return queryDeep<HTMLSelectElement>(el, 'select');
}

function options(el: HTMLElement): string[] {
  return [...(select(el)?.options ?? [])].map((o) => o.textContent!.trim());
}

function chosen(el: HTMLElement): string | undefined {
  const s = select(el);
  return s ? s.options[s.selectedIndex]?.textContent?.trim() : undefined;
}

async function loaded(el: RtkMicrophoneSelector) {
  await until(() => select(el) || /found/.test(deepText(el)), 'the list did not load');
  await el.updateComplete;
}

async function choose(el: RtkMicrophoneSelector, label: string) {
  const s = select(el)!;
  s.selectedIndex = options(el).indexOf(label);
  s.dispatchEvent(new Event('change'));
}

describe('<rtk-microphone-selector>', () => {
  // The kit's default theme is dark: audit it on the dark surface it is shown on.
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('lists the microphones with the one in use selected, under a visible label', async () => {
    const { el } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
    );
    await loaded(el);
    expect(options(el)).to.deep.equal(['Built-in Microphone', 'Studio USB Microphone']);
    expect(chosen(el)).to.equal('Built-in Microphone');
    const label = queryDeep<HTMLLabelElement>(el, 'label')!;
    expect(label.textContent!.trim()).to.equal('Microphone');
    expect(label.htmlFor).to.equal(select(el)!.id);
    expect(queryDeep(el, '[part="microphone-selection"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('switches the microphone mid-call through self.setDevice', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
      { join: true, latency: 10 },
    );
    await loaded(el);
    await choose(el, 'Studio USB Microphone');
    await el.updateComplete;
    expect(select(el)!.getAttribute('aria-busy')).to.equal('true');
    await until(
      () => meeting.self.getCurrentDevices().audio?.label === 'Studio USB Microphone',
      'not switched',
    );
    await until(() => select(el)!.getAttribute('aria-busy') === null, 'still busy');
    expect(chosen(el)).to.equal('Studio USB Microphone');
    expect(meeting.self.roomJoined).to.equal(true);
  });

  it('follows deviceUpdate it did not cause', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
    );
    await loaded(el);
    const [, usb] = await meeting.self.getAudioDevices();
    await meeting.self.setDevice(usb);
    await el.updateComplete;
    expect(chosen(el)).to.equal('Studio USB Microphone');
  });

  it('lists a microphone plugged in mid-call', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
      { join: true },
    );
    await loaded(el);
    meeting.director.plugDevice('audio', 'Conference Speakerphone');
    await until(
      () => options(el).includes('Conference Speakerphone'),
      'the new microphone is not listed',
    );
    expect(chosen(el)).to.equal('Built-in Microphone');
  });

  it('falls back when the microphone in use is unplugged, and says so', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
      { join: true },
    );
    await loaded(el);
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    meeting.director.unplugDevice('demo-audioinput-1');
    const event = await notified;
    expect(event.detail.variant).to.equal('info');
    expect(event.detail.message).to.equal(
      'Built-in Microphone was disconnected. Now using Studio USB Microphone.',
    );
    await until(() => options(el).length === 1, 'the list did not update');
    expect(chosen(el)).to.equal('Studio USB Microphone');
    expect(meeting.self.audioEnabled).to.equal(true);
  });

  it('says so when there is no microphone at all', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
    );
    await loaded(el);
    meeting.director.unplugDevice('demo-audioinput-1');
    meeting.director.unplugDevice('demo-audioinput-2');
    await until(() => !select(el), 'the list is still shown');
    expect(deepText(el)).to.contain('No microphone found');
    expect(queryDeep(el, '[role="status"]')!.textContent).to.equal('No microphone found');
    expect(meeting.self.audioEnabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names devices by number while labels are hidden, and by label once they come', async () => {
    const meeting = await demoMeeting();
    meeting.director.hideDeviceLabels();
    const { el } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector .meeting=${meeting}></rtk-microphone-selector>`,
    );
    await loaded(el);
    expect(options(el)).to.deep.equal(['Microphone 1', 'Microphone 2']);
    expect(chosen(el)).to.equal('Microphone 1');
    await choose(el, 'Microphone 2');
    await until(
      () => meeting.self.getCurrentDevices().audio?.deviceId === 'demo-audioinput-2',
      'not switched',
    );
    meeting.director.hideDeviceLabels(false);
    await until(() => options(el)[0] === 'Built-in Microphone', 'labels did not come');
    expect(chosen(el)).to.equal('Studio USB Microphone');
  });

  it('reports a rejected switch and keeps showing the microphone in use', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
    );
    await loaded(el);
    meeting.self.setDevice = () =>
      Promise.reject(new DemoClientError('1603', 'The device is busy.'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    await choose(el, 'Studio USB Microphone');
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Switching device failed: /);
    await el.updateComplete;
    expect(chosen(el)).to.equal('Built-in Microphone');
    expect(select(el)!.value).to.equal('0');
  });

  it('is operated from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector></rtk-microphone-selector>`,
    );
    await loaded(el);
    select(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(
      () => meeting.self.getCurrentDevices().audio?.deviceId === 'demo-audioinput-2',
      'arrow did not switch',
    );
  });

  it('keeps the label for screen readers in the inline variant', async () => {
    const { el } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector variant="inline"></rtk-microphone-selector>`,
    );
    await loaded(el);
    expect(queryDeep(el, 'label .visually-hidden')!.textContent).to.equal('Microphone');
    await expect(el).to.be.accessible();
  });

  it('renders nothing without a meeting, and does not throw for a half-shaped one', async () => {
    const { el } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector .meeting=${{ self: {} } as never}></rtk-microphone-selector>`,
    );
    await el.updateComplete;
    await until(() => /found/.test(deepText(el)), 'no empty state');
    const bare = document.createElement('rtk-microphone-selector');
    document.body.append(bare);
    await bare.updateComplete;
    expect(bare.shadowRoot!.querySelector('select, [part]')).to.equal(null);
    bare.remove();
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkMicrophoneSelector>(
      html`<rtk-microphone-selector .meeting=${meeting}></rtk-microphone-selector>`,
    );
    await loaded(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
