import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/permissions-message/rtk-permissions-message.js';
import type { RtkPermissionsMessage } from '../../src/components/permissions-message/rtk-permissions-message.js';
import { browserOf } from '../../src/components/permissions-message/permissions-message.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const UA = {
  chrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
};

/** The `rtk-button` whose text is `name`. */
const buttonByName = (el: Element, name: string) =>
  queryAllDeep<HTMLElement>(el, 'rtk-button').find((b) => deepText(b) === name);

const titles = (el: Element) => queryAllDeep(el, '[part="title"]').map((t) => t.textContent);
const steps = (el: Element) => queryAllDeep(el, '[part="steps"]').map((t) => t.textContent);

describe('<rtk-permissions-message>', () => {
  it('tells the browser from the user agent', () => {
    expect(browserOf(UA.chrome)).to.equal('chrome');
    expect(browserOf(UA.edge)).to.equal('edge');
    expect(browserOf(UA.firefox)).to.equal('firefox');
    expect(browserOf(UA.safari)).to.equal('safari');
    expect(browserOf('curl/8.0')).to.equal('other');
  });

  it('renders nothing while the devices work', async () => {
    const { el } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message></rtk-permissions-message>`,
    );
    expect(deepText(el)).to.equal('');
  });

  it('explains a blocked camera with the browser steps, and "Try again" turns it on', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message browser="firefox"></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    expect(meeting.self.videoEnabled).to.equal(false);
    const region = el.shadowRoot!.querySelector('[part="container"]')!;
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-label')).to.equal('Camera and microphone access');
    expect(titles(el)).to.deep.equal(['Camera access is blocked']);
    expect(steps(el)[0]).to.contain('crossed-out camera or microphone icon');
    await expect(el).to.be.accessible();

    buttonByName(el, 'Try again')!.click();
    await until(() => meeting.self.videoEnabled, 'camera never came back');
    await el.updateComplete;
    expect(deepText(el)).to.equal('');
  });

  it('shows each browser its own steps', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('audio');
    const expected = {
      chrome: 'site settings icon',
      edge: 'lock icon',
      safari: 'Settings for This Website',
      other: 'in your browser settings',
    } as const;
    for (const [browser, text] of Object.entries(expected)) {
      el.browser = browser as keyof typeof expected;
      await el.updateComplete;
      expect(steps(el)[0], browser).to.contain(text);
    }
  });

  it('says when it is still blocked after a retry', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message browser="chrome"></rtk-permissions-message>`,
    );
    const errors = watchErrors();
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    meeting.director.failNextMedia('video', 'DENIED');
    buttonByName(el, 'Try again')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="status"]'), 'never said still blocked');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal(
      'Still blocked. Follow the steps above, then try again.',
    );
    expect(buttonByName(el, 'Try again')).to.exist;
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('explains a camera in use, and no devices at all', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('video', 'COULD_NOT_START');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Your camera could not start']);
    expect(steps(el)).to.deep.equal([
      'Another app may be using it. Close that app, then try again.',
    ]);
    await meeting.director.removeAllDevices();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['No camera found', 'No microphone found']);
    expect(steps(el)[0]).to.equal('Connect one, then try again.');
    await expect(el).to.be.accessible();
  });

  it('points to the system settings when the system blocks the browser', async () => {
    const self = { mediaPermissions: { video: 'SYSTEM_DENIED' }, on() {}, off() {} };
    const { el } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message .meeting=${{ self } as never}></rtk-permissions-message>`,
    );
    expect(steps(el)[0]).to.contain('System Settings › Privacy & Security');
  });

  it('hides when dismissed and asks the provider to close it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    const event = oneEvent(el, 'rtkStateUpdate');
    buttonByName(el, 'Continue without')!.click();
    expect((await event).detail).to.deep.equal({ activePermissionsMessage: { enabled: false } });
    await el.updateComplete;
    expect(deepText(el)).to.equal('');
    // A new kind of failure shows it again.
    await meeting.director.denyMedia('audio');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Microphone access is blocked']);
  });

  it('shows only the kind asked for', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message kind="audio"></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    expect(deepText(el)).to.equal('');
  });

  it('is operable from the keyboard', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message></rtk-permissions-message>`,
    );
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    buttonByName(el, 'Try again')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.self.videoEnabled, 'camera never came back');
  });

  it('does not throw without a meeting, and leaves no listener when removed', async () => {
    const { el: bare } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message .meeting=${{} as never}></rtk-permissions-message>`,
    );
    expect(deepText(bare)).to.equal('');
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkPermissionsMessage>(
      html`<rtk-permissions-message .meeting=${meeting}></rtk-permissions-message>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
