/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { languages } from '../../src/i18n/languages.js';
import { ar } from '../../src/i18n/packs/ar.js';
import { de } from '../../src/i18n/packs/de.js';
import { es } from '../../src/i18n/packs/es.js';
import { fr } from '../../src/i18n/packs/fr.js';
import { he } from '../../src/i18n/packs/he.js';
import { hi } from '../../src/i18n/packs/hi.js';
import { it as italian } from '../../src/i18n/packs/it.js';
import { ja } from '../../src/i18n/packs/ja.js';
import { ko } from '../../src/i18n/packs/ko.js';
import { nl } from '../../src/i18n/packs/nl.js';
import { pl } from '../../src/i18n/packs/pl.js';
import { ptBR } from '../../src/i18n/packs/pt-BR.js';
import { tr } from '../../src/i18n/packs/tr.js';
import { zhCN } from '../../src/i18n/packs/zh-CN.js';
import { useLanguage, type LanguagePack } from '../../src/i18n/t.js';

// Every language pack is complete: the keys of `en`, no more, no fewer; only the `{params}` the
// English string has; and, in plural messages, a branch for every plural category of the locale.

const packs: Record<string, LanguagePack> = {
  de,
  ar,
  es,
  fr,
  'pt-BR': ptBR,
  it: italian,
  nl,
  pl,
  tr,
  ja,
  'zh-CN': zhCN,
  ko,
  hi,
  he,
};
const RTL = new Set(['ar', 'he']);

const PLURAL = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const PARAM = /\{(\w+)\}/g;

interface Parsed {
  params: Set<string>;
  plurals: Array<{ name: string; selectors: string[] }>;
}

/** The `{param}`s and plural messages of a template (plural branch texts are not params). */
function parse(template: string): Parsed {
  const params = new Set<string>();
  const plurals: Parsed['plurals'] = [];
  const rest = template.replace(PLURAL, (_, name: string, branches: string) => {
    params.add(name);
    const selectors: string[] = [];
    for (const [, selector, text] of branches.matchAll(BRANCH)) {
      selectors.push(selector);
      for (const [, param] of text.matchAll(PARAM)) params.add(param);
    }
    plurals.push({ name, selectors });
    return '';
  });
  for (const [, param] of rest.matchAll(PARAM)) params.add(param);
  return { params, plurals };
}

describe('language packs', () => {
  it('the parser sees params and plural branches', () => {
    const parsed = parse('{name}: {count, plural, one {# thing} other {# things}} {thing}');
    expect([...parsed.params].sort()).to.deep.equal(['count', 'name', 'thing']);
    expect(parsed.plurals).to.deep.equal([{ name: 'count', selectors: ['one', 'other'] }]);
  });

  for (const [name, pack] of Object.entries(packs)) {
    describe(name, () => {
      const strings = pack.strings as Record<string, string>;
      const english = en as Record<string, string>;

      it('has every key of en', () => {
        const missing = Object.keys(en).filter(
          (key) => typeof strings[key] !== 'string' || !strings[key].trim(),
        );
        expect(missing, `${name} lacks: ${missing.join(', ')}`).to.deep.equal([]);
      });

      it('has no key that en lacks', () => {
        const extra = Object.keys(strings).filter((key) => !(key in en));
        expect(extra, `${name} has keys en lacks: ${extra.join(', ')}`).to.deep.equal([]);
      });

      it('uses only the {params} of the English string', () => {
        const wrong: string[] = [];
        for (const [key, text] of Object.entries(strings)) {
          if (!(key in en)) continue;
          const allowed = parse(english[key]).params;
          const extra = [...parse(text).params].filter((param) => !allowed.has(param));
          if (extra.length) wrong.push(`${key}: {${extra.join('}, {')}}`);
        }
        expect(wrong, `${name} uses params English does not have`).to.deep.equal([]);
      });

      it('gives plural messages a branch for every plural category of its locale', () => {
        const categories = new Intl.PluralRules(pack.locale).resolvedOptions().pluralCategories;
        const gaps: string[] = [];
        for (const [key, text] of Object.entries(strings)) {
          for (const plural of parse(text).plurals) {
            const missing = categories.filter((c) => !plural.selectors.includes(c));
            if (missing.length) gaps.push(`${key}: ${missing.join(', ')}`);
          }
        }
        expect(gaps).to.deep.equal([]);
      });

      it('has a locale and a direction', () => {
        expect(pack.locale).to.be.a('string').and.not.equal('');
        expect(pack.locale).to.equal(name);
        expect(useLanguage(pack).dir).to.equal(RTL.has(pack.locale) ? 'rtl' : 'ltr');
      });

      it('is offered by the language picker', () => {
        expect(languages.map((l) => l.code)).to.include(pack.locale);
      });
    });
  }

  it('Arabic counts people with all six plural forms', () => {
    const t = useLanguage(ar);
    const counts = [0, 1, 2, 3, 11, 100].map((count) => t('setup.in_meeting', { count }));
    expect(new Set(counts).size).to.equal(6);
    expect(counts[0]).to.equal('لا أحد هنا بعد');
    expect(counts[2]).to.equal('شخصان هنا');
  });

  it('every language the picker offers has its pack here (or is English)', () => {
    const codes = languages.map((l) => l.code).filter((code) => code !== 'en');
    expect(codes.sort()).to.deep.equal(Object.keys(packs).sort());
  });

  it('Polish counts people with one, few and many', () => {
    const t = useLanguage(pl);
    expect([1, 3, 5, 22, 25].map((count) => t('setup.in_meeting', { count }))).to.deep.equal([
      'Jest tu 1 osoba',
      'Są tu 3 osoby',
      'Jest tu 5 osób',
      'Są tu 22 osoby',
      'Jest tu 25 osób',
    ]);
  });

  it('Hebrew counts two apart, and Japanese has one form', () => {
    expect(useLanguage(he)('header.participant_count', { count: 2 })).to.equal('שני משתתפים');
    expect(useLanguage(he)('header.participant_count', { count: 7 })).to.equal('7 משתתפים');
    expect(useLanguage(ja)('header.participant_count', { count: 1 })).to.equal('参加者 1人');
  });

  it('German counts people', () => {
    const t = useLanguage(de);
    expect(t('setup.in_meeting', { count: 1 })).to.equal('1 Person ist da');
    expect(t('setup.in_meeting', { count: 1200 })).to.equal('1.200 Personen sind da');
  });
});
