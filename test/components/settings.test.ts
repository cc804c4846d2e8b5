import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/settings/rtk-settings.js';
import '../../src/components/dialog-manager/rtk-dialog-manager.js';
import type { RtkSettings } from '../../src/components/settings/rtk-settings.js';
import { blurEffect } from '../../src/demo/effects/blur.js';
import { provideVideoEffects } from '../../src/effects/video-effects.js';
import {
  deepActiveElement,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const tabs = (el: HTMLElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]'),
];
const selectedTab = (el: HTMLElement) =>
  tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!;
const panel = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;

describe('<rtk-settings>', function () {
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('shows the audio section first, in a labelled tab panel', async () => {
    const { el } = await mountWithMeeting<RtkSettings>(html`<rtk-settings></rtk-settings>`, {
      join: true,
    });
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Audio',
      'Video',
      'Language',
    ]);
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
      'Settings sections',
    );
    expect(selectedTab(el).textContent!.trim()).to.equal('Audio');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal(selectedTab(el).id);
    expect(panel(el).querySelector('rtk-settings-audio')).to.exist;
    await until(
      () => queryDeep(queryDeep(el, 'rtk-microphone-selector')!, 'select'),
      'no microphones',
    );
    await expect(el).to.be.accessible();
  });

  it('switches sections by click and from the keyboard', async () => {
    const { el } = await mountWithMeeting<RtkSettings>(html`<rtk-settings></rtk-settings>`);
    tabs(el)[1].click();
    await el.updateComplete;
    expect(panel(el).querySelector('rtk-settings-video')).to.exist;
    expect(selectedTab(el).textContent!.trim()).to.equal('Video');
    selectedTab(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Audio');
    await until(() => deepActiveElement() === selectedTab(el), 'focus did not follow');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Language');
  });

  it('lays the tabs out in a row on small screens', async () => {
    const { el } = await mountWithMeeting<RtkSettings>(
      html`<rtk-settings size="sm"></rtk-settings>`,
    );
    const list = el.shadowRoot!.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-orientation')).to.equal('horizontal');
    expect(getComputedStyle(list).flexDirection).to.equal('row');
    selectedTab(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el).textContent!.trim()).to.equal('Video');
  });

  it('passes the page effects on to the video section', async () => {
    const meeting = await demoMeeting();
    provideVideoEffects(meeting, { effects: [blurEffect('Blur')] });
    const { el } = await mountWithMeeting<RtkSettings>(
      html`<rtk-settings .meeting=${meeting} section="video"></rtk-settings>`,
    );
    await el.updateComplete;
    const video = panel(el).querySelector('rtk-settings-video')!;
    await video.updateComplete;
    expect(queryDeep(video, '[part="effects"]')).to.exist;
  });

  it('is what the dialog manager shows for activeSettings', async () => {
    const meeting = await demoMeeting({ join: true });
    const manager = await fixture<HTMLElement>(
      html`<rtk-dialog-manager .meeting=${meeting} .states=${{ activeSettings: true }}></rtk-dialog-manager>`,
    );
    await until(() => queryDeep(manager, 'dialog[open]'), 'the dialog did not open');
    const settings = queryDeep(manager, 'rtk-settings')!;
    await until(() => settings.shadowRoot?.querySelector('[role="tablist"]'), 'no settings');
  });

  it('renders nothing without a meeting and leaves no listener when removed', async () => {
    const bare = document.createElement('rtk-settings');
    document.body.append(bare);
    await bare.updateComplete;
    expect(bare.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    bare.remove();
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSettings>(
      html`<rtk-settings .meeting=${meeting}></rtk-settings>`,
    );
    await until(
      () => queryDeep(queryDeep(el, 'rtk-microphone-selector')!, 'select'),
      'no microphones',
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
