/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkMeeting } from '../../src/components/meeting/meeting.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/participant-tile.js';
import { ContextProvider } from '@lit/context';
import { languageContext } from '../../src/context/contexts.js';
import { formatDurationFallback } from '../../src/i18n/format.js';
import { ar } from '../../src/i18n/packs/ar.js';
import { de } from '../../src/i18n/packs/de.js';
import {
  createT,
  defaultT,
  dirForLocale,
  toTranslator,
  useLanguage,
  withStrings,
  type TFunction,
} from '../../src/i18n/t.js';
import { en } from '../../src/i18n/en.js';
import { leaveStrings } from '../../src/i18n/en/leave.js';
import { demoMeeting } from '../helpers/fixtures.js';

describe('t()', () => {
  it('interpolates and pluralises as before', () => {
    const t = createT(en);
    expect(t('tile.you', { name: 'Ada' })).to.equal('Ada (you)');
    expect(t('setup.in_meeting', { count: 0 })).to.equal('Nobody is here yet');
    expect(t('setup.in_meeting', { count: 1 })).to.equal('1 person is here');
    expect(t('setup.in_meeting', { count: 1234 })).to.equal('1,234 people are here');
    expect(t('no.such.key')).to.equal('no.such.key');
  });

  it('falls back to the English strings a component declares for a key a pack lacks', () => {
    const t = withStrings(createT({ 'leave.label': 'Gehen' }, 'de'), leaveStrings);
    expect(t('leave.label')).to.equal('Gehen');
    expect(t('leave.action')).to.equal('Leave meeting');
    expect(t('no.such.key')).to.equal('no.such.key');
    expect(t.locale).to.equal('de');
    expect(withStrings(createT({ 'leave.label': 'Gehen' }, 'de'), leaveStrings)).to.not.equal(t);
  });

  it('falls back for a plain function that does not know a key', () => {
    const plain: TFunction = (key) => (key === 'leave.label' ? 'Partir' : key);
    const t = withStrings(toTranslator(plain), leaveStrings);
    expect(t('leave.label')).to.equal('Partir');
    expect(t('leave.action')).to.equal('Leave meeting');
    expect(withStrings(toTranslator(plain), leaveStrings)).to.equal(t);
  });

  it('carries locale and dir', () => {
    expect(defaultT.locale).to.equal('en');
    expect(defaultT.dir).to.equal('ltr');
    expect(useLanguage(ar).locale).to.equal('ar');
    expect(useLanguage(ar).dir).to.equal('rtl');
    expect(useLanguage(de).dir).to.equal('ltr');
    expect(useLanguage(ar)).to.equal(useLanguage(ar), 'the same function for the same pack');
    expect(dirForLocale('he-IL')).to.equal('rtl');
    expect(dirForLocale('fa')).to.equal('rtl');
    expect(dirForLocale('en-GB')).to.equal('ltr');
  });

  it('isolates interpolated text in a right-to-left language, and only there', () => {
    expect(useLanguage(ar)('tile.you', { name: 'Ada (guest)' })).to.equal(
      '\u2068Ada (guest)\u2069 (أنت)',
    );
    expect(useLanguage(de)('tile.you', { name: 'Ada' })).to.equal('Ada (Sie)');
    expect(useLanguage(ar)('setup.name_too_long', { max: 50 })).to.not.contain('\u2068');
  });

  it('takes a plain function as English, left to right, and keeps calling it', () => {
    const plain: TFunction = (key) => `[${key}]`;
    const t = toTranslator(plain);
    expect(t('leave.label')).to.equal('[leave.label]');
    expect(t.locale).to.equal('en');
    expect(t.dir).to.equal('ltr');
    expect(toTranslator(plain)).to.equal(t, 'the same wrapper each time');
    expect(toTranslator(useLanguage(ar))).to.equal(useLanguage(ar));
  });

  it('a plain function may say its own locale', () => {
    const hebrew = Object.assign((key: string) => key, { locale: 'he' });
    expect(toTranslator(hebrew).dir).to.equal('rtl');
  });
});

describe('Intl helpers', () => {
  const moment = new Date(Date.UTC(2026, 2, 5, 14, 7, 0));

  it('format numbers per locale', () => {
    expect(defaultT.formatNumber(1234.5)).to.equal('1,234.5');
    expect(useLanguage(de).formatNumber(1234.5)).to.equal('1.234,5');
  });

  it('format dates and times per locale', () => {
    const utc = { timeZone: 'UTC' } as const;
    expect(defaultT.formatDate(moment, { ...utc, dateStyle: 'long' })).to.equal('March 5, 2026');
    expect(useLanguage(de).formatDate(moment, { ...utc, dateStyle: 'long' })).to.equal(
      '5. März 2026',
    );
    expect(useLanguage(de).formatTime(moment, { ...utc, timeStyle: 'short' })).to.equal('14:07');
    expect(useLanguage(ar).formatDate(moment, { ...utc, dateStyle: 'long' })).to.match(/مارس/);
    expect(defaultT.formatDate(moment)).to.be.a('string').and.not.equal('');
    expect(defaultT.formatTime(moment)).to.be.a('string').and.not.equal('');
  });

  it('format durations, natively and with the fallback', () => {
    const ms = (3600 + 5 * 60 + 3) * 1000;
    for (const format of [
      (locale: string, value: number, style?: 'long' | 'short' | 'narrow' | 'digital') =>
        createT({}, locale).formatDuration(value, style),
      formatDurationFallback,
    ]) {
      expect(format('en', ms, 'long')).to.match(/^1 hour, 5 minutes,? (and )?3 seconds$/);
      expect(format('en', 65_000, 'digital')).to.match(/^0?1:05$/);
      expect(format('en', ms, 'digital')).to.equal('1:05:03');
      expect(format('de', 2 * 3600 * 1000, 'long')).to.equal('2 Stunden');
      expect(format('en', 0, 'short')).to.match(/^0 sec/);
    }
  });

  it('format relative times with the largest unit that fits', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(defaultT.formatRelativeTime(now - 5 * 60_000, now)).to.equal('5 minutes ago');
    expect(defaultT.formatRelativeTime(now + 2 * 86_400_000, now)).to.equal('in 2 days');
    expect(defaultT.formatRelativeTime(now, now)).to.equal('now');
    expect(useLanguage(de).formatRelativeTime(now - 86_400_000, now)).to.equal('gestern');
  });
});

describe('language on the provider', () => {
  it('rtk-meeting sets lang and dir on itself, never on the document, and follows a change', async () => {
    const meeting = await demoMeeting();
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} .t=${useLanguage(ar)}></rtk-meeting>`,
    );
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(document.documentElement.getAttribute('dir')).to.not.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="screen"]')!).direction).to.equal(
      'rtl',
    );
    el.t = useLanguage(de);
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('de');
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.t = undefined;
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('rtk-meeting without t takes the language of an enclosing provider', async () => {
    const meeting = await demoMeeting();
    const parentNode = document.createElement('div');
    new ContextProvider(parentNode, { context: languageContext, initialValue: useLanguage(ar) });
    const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting}></rtk-meeting>`, {
      parentNode,
    });
    expect(el.getAttribute('dir')).to.equal('rtl');
    await customElements.whenDefined('rtk-setup-screen'); // loaded when the setup screen shows
    const setup = el.shadowRoot!.querySelector('rtk-setup-screen')!;
    await (setup as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(setup.shadowRoot!.textContent).to.contain('اسمك');
  });

  it('rtk-ui-provider sets lang and dir on itself too, from its t or an enclosing one', async () => {
    const meeting = await demoMeeting();
    const el = await fixture<HTMLElement & { t?: TFunction; updateComplete: Promise<boolean> }>(
      html`<rtk-ui-provider .meeting=${meeting}><rtk-ui-provider></rtk-ui-provider></rtk-ui-provider>`,
    );
    const inner = el.querySelector('rtk-ui-provider')! as typeof el;
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.t = useLanguage(ar);
    await el.updateComplete;
    await inner.updateComplete;
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(inner.getAttribute('dir')).to.equal('rtl', 'inherited from the outer provider');
    inner.t = useLanguage(de);
    await inner.updateComplete;
    expect(inner.getAttribute('lang')).to.equal('de');
  });

  it('a plain function as t still works and is English, left to right', async () => {
    const meeting = await demoMeeting();
    const plain = (key: string) => `«${key}»`;
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} .t=${plain}></rtk-meeting>`,
    );
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('dir')).to.equal('ltr');
    await customElements.whenDefined('rtk-setup-screen'); // loaded when the setup screen shows
    const setup = el.shadowRoot!.querySelector('rtk-setup-screen')!;
    await (setup as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(setup.shadowRoot!.textContent).to.contain('«setup.name_label»');
  });
});

describe('right to left layout', () => {
  async function tileIn(dir: 'ltr' | 'rtl') {
    const meeting = await demoMeeting({ video: true });
    const el = await fixture<RtkParticipantTile>(
      html`<div dir=${dir} style="width: 320px; height: 180px">
        <rtk-participant-tile is-preview .participant=${meeting.self} .meeting=${meeting}></rtk-participant-tile>
      </div>`,
    );
    const tile = el.querySelector('rtk-participant-tile')!;
    await tile.updateComplete;
    return tile;
  }

  it('does not flip the self-view mirror in RTL', async () => {
    const ltr = await tileIn('ltr');
    const rtl = await tileIn('rtl');
    const transform = (tile: RtkParticipantTile) =>
      getComputedStyle(tile.shadowRoot!.querySelector('video')!).transform;
    expect(transform(ltr)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transform(rtl)).to.equal(transform(ltr));
  });

  it('puts the name tag at the inline start: left in LTR, right in RTL', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const tile = await tileIn(dir);
      const box = tile.getBoundingClientRect();
      const tag = tile.shadowRoot!.querySelector('[part="name-tag"]')!.getBoundingClientRect();
      const fromLeft = tag.left - box.left;
      const fromRight = box.right - tag.right;
      if (dir === 'ltr') expect(fromLeft).to.be.lessThan(fromRight);
      else expect(fromRight).to.be.lessThan(fromLeft);
    }
  });

  it('centres a centred name tag in both directions', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const tile = await tileIn(dir);
      tile.nameTagPosition = 'bottom-center';
      await tile.updateComplete;
      const box = tile.getBoundingClientRect();
      const tag = tile.shadowRoot!.querySelector('[part="name-tag"]')!.getBoundingClientRect();
      expect(Math.abs(tag.left - box.left - (box.right - tag.right)), dir).to.be.lessThan(2);
    }
  });
});
