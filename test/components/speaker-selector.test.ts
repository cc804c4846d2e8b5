import { expect, html } from '@open-wc/testing';
import '../../src/components/speaker-selector/rtk-speaker-selector.js';
import type { RtkSpeakerSelector } from '../../src/components/speaker-selector/rtk-speaker-selector.js';
import { demoMeeting, mountWithMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { de } from '../../src/i18n/packs/de.js';
import { useLanguage } from '../../src/i18n/t.js';

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

  it('shows a disabled list and why where the browser cannot choose an output', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'setSinkId');
    expect(descriptor, 'Chromium has setSinkId').to.exist;
    delete (HTMLMediaElement.prototype as unknown as Record<string, unknown>).setSinkId;
    try {
      const { el } = await mountWithMeeting<RtkSpeakerSelector>(
        html`<rtk-speaker-selector></rtk-speaker-selector>`,
      );
      const list = await until(() => select(el), 'no list');
      expect(list.disabled).to.equal(true);
      expect(list.selectedOptions[0].textContent!.trim()).to.equal('System sound output');
      expect(queryDeep(el, 'label')!.textContent!.trim()).to.equal('Speaker');
      // The reason is the list's description, and shows.
      const why = el.shadowRoot!.getElementById(list.getAttribute('aria-describedby')!)!;
      expect(why.textContent).to.contain('choose it in your system’s sound settings');
      expect(why.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      // Translated like the rest of the kit (the German pack).
      const german = await mountWithMeeting<RtkSpeakerSelector>(
        html`<rtk-speaker-selector .t=${useLanguage(de)}></rtk-speaker-selector>`,
      );
      await until(() => select(german.el), 'no German list');
      expect(select(german.el)!.selectedOptions[0].textContent!.trim()).to.equal(
        'Tonausgabe des Systems',
      );
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
