import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/language-picker/rtk-language-picker.js';
import '../../src/components/leave-button/rtk-leave-button.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import '../../src/components/meeting/rtk-meeting.js';
import { RtkLanguagePicker } from '../../src/components/language-picker/language-picker.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import {
  LANGUAGE_STORAGE_KEY,
  initialLanguage,
  languages,
  matchLanguage,
} from '../../src/i18n/languages.js';
import { createT } from '../../src/i18n/t.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function pickerIn(root: Element) {
  const picker = queryDeep<RtkLanguagePicker>(root, 'rtk-language-picker')!;
  const select = picker.shadowRoot!.querySelector('select')!;
  return { picker, select };
}

function choose(select: HTMLSelectElement, code: string): void {
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function providerWithPicker(t?: (key: string) => string) {
  const meeting = await demoMeeting({ join: true, people: 2 });
  const el = await fixture<RtkUiProvider>(
    html`<rtk-ui-provider .meeting=${meeting} .t=${t}>
      <rtk-language-picker></rtk-language-picker>
      <rtk-leave-button></rtk-leave-button>
    </rtk-ui-provider>`,
  );
  return { el, meeting, ...pickerIn(el) };
}

describe('<rtk-language-picker>', () => {
  failOnConsoleErrors();
  // Where the kit shows it (settings dialog, setup screen): the theme's dark page.
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));
  const load = RtkLanguagePicker.loadPack;
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    RtkLanguagePicker.loadPack = load;
  });

  it('lists every language in its own language, the one in use chosen', async () => {
    const { select, picker } = await providerWithPicker();
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Language');
    const options = [...select.options];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(languages.map((l) => l.name));
    expect(options.find((o) => o.value === 'ja')!.lang).to.equal('ja');
    expect(options.map((o) => o.textContent!.trim())).to.include.members([
      '日本語',
      'עברית',
      'Polski',
    ]);
    expect(select.value).to.equal('en');
    await expect(picker).to.be.accessible();
  });

  it('switches the whole meeting to the language chosen, remembers it, and back', async () => {
    const { el, select, picker } = await providerWithPicker();
    const states: unknown[] = [];
    el.addEventListener('rtkStatesUpdate', (e) => states.push(e.detail.language));
    choose(select, 'ja');
    const leave = await until(
      () => (deepText(el).includes('退出') ? queryDeep(el, 'rtk-leave-button') : undefined),
      () => `never switched to Japanese: ${deepText(el)}`,
    );
    expect(deepText(leave!)).to.contain('退出');
    expect(el.getAttribute('lang')).to.equal('ja');
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('言語');
    expect(select.value).to.equal('ja');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('ja');
    expect(states).to.include('ja');

    choose(pickerIn(el).select, 'he');
    await until(
      () => el.getAttribute('dir') === 'rtl',
      'Hebrew never laid the meeting out right to left',
    );
    expect(el.getAttribute('lang')).to.equal('he');
    expect(getComputedStyle(picker).direction).to.equal('rtl');

    choose(pickerIn(el).select, 'en');
    await until(() => el.getAttribute('lang') === 'en', 'never back to English');
    expect(deepText(el)).to.contain('Leave');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('en');
  });

  it('says so when a pack cannot be downloaded, and keeps the language', async () => {
    const { el, select, picker } = await providerWithPicker();
    RtkLanguagePicker.loadPack = () => Promise.reject(new TypeError('Failed to fetch'));
    choose(select, 'fr');
    const alert = await until(() =>
      picker.shadowRoot!.querySelector<HTMLElement>('[role="alert"]:not([hidden])'),
    );
    expect(alert!.textContent!.trim()).to.equal(
      'Could not load Français. Check your connection, then try again.',
    );
    expect(select.value).to.equal('en');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal(null);
    // Trying again works.
    RtkLanguagePicker.loadPack = load;
    choose(select, 'fr');
    await until(() => el.getAttribute('lang') === 'fr', 'French never arrived');
    expect(picker.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows "Loading" while the pack downloads; the last choice wins', async () => {
    const { el, select, picker } = await providerWithPicker();
    let release!: () => void;
    RtkLanguagePicker.loadPack = (code) =>
      code === 'de' ? new Promise<void>((resolve) => (release = resolve)) : load(code);
    choose(select, 'de');
    await picker.updateComplete;
    const status = picker.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
    expect(status.hidden).to.equal(false);
    expect(status.textContent!.trim()).to.equal('Loading Deutsch…');
    expect(select.getAttribute('aria-busy')).to.equal('true');
    choose(select, 'nl');
    await until(() => el.getAttribute('lang') === 'nl', 'Dutch never arrived');
    release();
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.getAttribute('lang')).to.equal('nl');
  });

  it('a t given by the page wins over the choice', async () => {
    const pageT = createT({ 'leave.label': 'Go away', 'language_picker.label': 'Tongue' }, 'en');
    const { el, select } = await providerWithPicker(pageT);
    choose(select, 'ja');
    await until(() => localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'ja');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(deepText(el)).to.contain('Go away');
    expect(deepText(el)).not.to.contain('退出');
  });

  it('a meeting opens in the language chosen before (remembered), loading only then', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'pl');
    const meeting = await demoMeeting({ join: true, people: 2 });
    const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting}></rtk-meeting>`);
    await until(() => el.getAttribute('lang') === 'pl', 'the remembered language never came');
    await until(
      () => deepText(el).includes('Opuść'),
      () => deepText(el),
    );
  });

  it('matches the browser’s languages to a pack', () => {
    expect(matchLanguage(['fr-CA', 'en'])).to.equal('fr');
    expect(matchLanguage(['pt-PT'])).to.equal('pt-BR');
    expect(matchLanguage(['zh-Hans-SG'])).to.equal('zh-CN');
    expect(matchLanguage(['zh'])).to.equal('zh-CN');
    expect(matchLanguage(['zh-TW', 'ja-JP'])).to.equal('ja');
    expect(matchLanguage(['iw-IL'])).to.equal('he');
    expect(matchLanguage(['sv-SE', 'fi'])).to.equal(undefined);
    expect(matchLanguage(['not a tag', 'ko-KR'])).to.equal('ko');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'tr');
    expect(initialLanguage()).to.equal('tr');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'garbage');
    expect(initialLanguage()).to.equal(matchLanguage(navigator.languages) ?? 'en');
  });

  it('works alone with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-language-picker');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')!.options.length).to.equal(languages.length);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
