import { expect, html } from '@open-wc/testing';
import '../../src/components/speaker-selector/rtk-speaker-selector.js';
import type { RtkSpeakerSelector } from '../../src/components/speaker-selector/rtk-speaker-selector.js';
import { demoMeeting, mountWithMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const select = (el: HTMLElement) => queryDeep<HTMLSelectElement>(el, 'select');
const options = (el: HTMLElement) =>
  [...(select(el)?.options ?? [])].map((o) => o.textContent!.trim());

describe('<rtk-speaker-selector>', () => {
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));

  it('lists the speakers and switches the output', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSpeakerSelector>(
      html`<rtk-speaker-selector></rtk-speaker-selector>`,
      {
        join: true,
      },
    );
    await until(() => select(el), 'no list');
    expect(options(el)).to.deep.equal(['Built-in Speakers', 'Wireless Headphones']);
    expect(queryDeep(el, '[part="speaker-selection"]')).to.exist;
    expect(queryDeep(el, 'label')!.textContent!.trim()).to.equal('Speaker');
    const s = select(el)!;
    s.selectedIndex = 1;
    s.dispatchEvent(new Event('change'));
    await until(
      () => meeting.self.getCurrentDevices().speaker?.label === 'Wireless Headphones',
      'not switched',
    );
    await expect(el).to.be.accessible();
  });

  it('is not shown where the browser cannot choose an output', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'setSinkId');
    expect(descriptor, 'Chromium has setSinkId').to.exist;
    delete (HTMLMediaElement.prototype as unknown as Record<string, unknown>).setSinkId;
    try {
      const { el } = await mountWithMeeting<RtkSpeakerSelector>(
        html`<rtk-speaker-selector></rtk-speaker-selector>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('select, [part]')).to.equal(null);
    } finally {
      Object.defineProperty(HTMLMediaElement.prototype, 'setSinkId', descriptor!);
    }
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSpeakerSelector>(
      html`<rtk-speaker-selector .meeting=${meeting}></rtk-speaker-selector>`,
    );
    await until(() => select(el), 'no list');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
