import type { Dictionary, TranslationKey } from './en.js';
import {
  formatDate,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  formatTime,
  type DateInput,
  type DurationStyle,
} from './format.js';

/** Parameters interpolated into a translated string. */
export type TParams = Record<string, string | number>;

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Translates a key, with `{name}` interpolation and `{count, plural, …}` via `Intl.PluralRules`.
 *
 * Any plain function of this shape works (the official kit's `t` prop is one); it is then taken
 * as English, left to right. A `t` made by `createT` or `useLanguage` also carries its `locale`
 * and `dir`.
 */
export interface TFunction {
  (key: TranslationKey | (string & {}), params?: TParams): string;
  /** BCP 47 language tag, such as `de` or `ar`. `en` when absent. */
  readonly locale?: string;
  /** Writing direction. From `locale` when absent. */
  readonly dir?: TextDirection;
}

/**
 * The `t` components use (`this.localize`): a `TFunction` that always knows its `locale` and
 * `dir`, with `Intl` formatters bound to that locale.
 */
export interface Translator extends TFunction {
  readonly locale: string;
  readonly dir: TextDirection;
  /** `Intl.NumberFormat` in this locale. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** `Intl.DateTimeFormat`, `dateStyle: 'medium'` by default. */
  formatDate(date: DateInput, options?: Intl.DateTimeFormatOptions): string;
  /** `Intl.DateTimeFormat`, `timeStyle: 'short'` by default. */
  formatTime(date: DateInput, options?: Intl.DateTimeFormatOptions): string;
  /** A length of time in milliseconds: `Intl.DurationFormat`, or a fallback built from units. */
  formatDuration(ms: number, style?: DurationStyle): string;
  /** `Intl.RelativeTimeFormat` with the largest unit that fits: `5 minutes ago`, `in 2 days`. */
  formatRelativeTime(
    date: DateInput,
    now?: DateInput,
    options?: Intl.RelativeTimeFormatOptions,
  ): string;
}

/**
 * A language: its locale, direction and strings. Packs ship as separate modules, so only the
 * imported ones are bundled: `import { ar } from 'realtimekit-lit/i18n/ar.js'`, then
 * `<rtk-meeting .t=${useLanguage(ar)}>`.
 */
export interface LanguagePack {
  /** BCP 47 language tag used for plural rules, numbers and dates. */
  readonly locale: string;
  /** Writing direction; from the locale when absent. */
  readonly dir?: TextDirection;
  /** Translations by key. A missing key falls back to English. */
  readonly strings: Dictionary;
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The writing direction of a locale, from `Intl.Locale` text info where the browser has it. */
export function dirForLocale(locale: string): TextDirection {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const PLURAL = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Adds `locale`, `dir` and the bound `Intl` formatters to a translate function. */
function withLanguage(
  translate: (key: string, params?: TParams) => string,
  locale: string,
  dir: TextDirection,
): Translator {
  return Object.assign(translate, {
    locale,
    dir,
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(locale, value, options),
    formatDate: (date: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatDate(locale, date, options),
    formatTime: (date: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatTime(locale, date, options),
    formatDuration: (ms: number, style?: DurationStyle) => formatDuration(locale, ms, style),
    formatRelativeTime: (
      date: DateInput,
      now?: DateInput,
      options?: Intl.RelativeTimeFormatOptions,
    ) => formatRelativeTime(locale, date, now, options),
  });
}

/**
 * Creates a `t` function for a dictionary and locale. A key missing from the dictionary renders as
 * the key itself; components then show their own English string (see `withStrings`).
 */
export function createT(
  dictionary: Dictionary = {},
  locale = 'en',
  dir: TextDirection = dirForLocale(locale),
): Translator {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const translate = (key: string, params: TParams = {}) => {
    const template = dictionary[key] ?? key;
    return template
      .replace(PLURAL, (_, name: string, branches: string) => {
        const count = Number(params[name] ?? 0);
        const options = new Map<string, string>();
        for (const [, selector, text] of branches.matchAll(BRANCH)) options.set(selector, text);
        const chosen =
          options.get(`=${count}`) ??
          options.get(rules.select(count)) ??
          options.get('other') ??
          '';
        return chosen.replace(/#/g, numbers.format(count));
      })
      .replace(/\{(\w+)\}/g, (match, name: string) => {
        if (!(name in params)) return match;
        const value = params[name];
        // In a right-to-left language a Latin name ("Ada (guest)") must not reorder the text
        // around it: first-strong isolates keep each interpolated string in its own direction.
        return dir === 'rtl' && typeof value === 'string' ? `\u2068${value}\u2069` : String(value);
      });
  };
  return withLanguage(translate, locale, dir);
}

const packs = new WeakMap<LanguagePack, Translator>();

/**
 * The `t` for a language pack, carrying its `locale` and `dir` (the same function for the same
 * pack, so passing it again does not re-render). `<rtk-meeting .t=${useLanguage(ar)}>`.
 */
export function useLanguage(pack: LanguagePack): Translator {
  let t = packs.get(pack);
  if (!t) {
    t = createT(pack.strings, pack.locale, pack.dir ?? dirForLocale(pack.locale));
    packs.set(pack, t);
  }
  return t;
}

function isTranslator(t: TFunction): t is Translator {
  return (
    typeof t.locale === 'string' &&
    typeof t.dir === 'string' &&
    typeof (t as Translator).formatNumber === 'function'
  );
}

const wrapped = new WeakMap<TFunction, Translator>();

/**
 * The `Translator` for any `t`: itself when it already is one, otherwise a wrapper (the same one
 * each time) that calls it, with its `locale` (default `en`) and `dir` (default from the locale).
 */
export function toTranslator(t: TFunction): Translator {
  if (isTranslator(t)) return t;
  let translator = wrapped.get(t);
  if (!translator) {
    const locale = t.locale ?? 'en';
    translator = withLanguage(
      (key, params) => t(key, params),
      locale,
      t.dir ?? dirForLocale(locale),
    );
    wrapped.set(t, translator);
  }
  return translator;
}

/** The `t` used when no language is provided: English, from each component's own strings. */
export const defaultT: Translator = createT();

const withFallbacks = new WeakMap<Translator, WeakMap<object, Translator>>();

/**
 * `t` with English fallbacks: what `t` translates, else the string from `strings` (formatted in
 * `t`'s locale and direction), else the key. Components pass their own English strings here, so a
 * page that imports one tag ships only that tag's strings, and a partial language pack still shows
 * every text. The same translator comes back for the same `t` and `strings`.
 */
export function withStrings(t: Translator, strings: Readonly<Record<string, string>>): Translator {
  let byStrings = withFallbacks.get(t);
  if (!byStrings) withFallbacks.set(t, (byStrings = new WeakMap()));
  let translator = byStrings.get(strings);
  if (!translator) {
    const english = createT(strings, t.locale, t.dir);
    translator = withLanguage(
      (key, params) => {
        const text = t(key, params);
        return text === key && key in strings ? english(key, params) : text;
      },
      t.locale,
      t.dir,
    );
    byStrings.set(strings, translator);
  }
  return translator;
}
