import { en, type Dictionary, type TranslationKey } from './en.js';

/** Parameters interpolated into a translated string. */
export type TParams = Record<string, string | number>;

/** Translates a key, with `{name}` interpolation and `{count, plural, …}` via `Intl.PluralRules`. */
export type TFunction = (key: TranslationKey | (string & {}), params?: TParams) => string;

const PLURAL = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Creates a `t` function for a dictionary and locale. Keys missing from the dictionary fall back
 * to English; unknown keys render as the key itself so gaps are visible.
 */
export function createT(dictionary: Dictionary = en, locale = 'en'): TFunction {
  const rules = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const template = dictionary[key] ?? (en as Record<string, string>)[key] ?? key;
    return template
      .replace(PLURAL, (_, name: string, branches: string) => {
        const count = Number(params[name] ?? 0);
        const options = new Map<string, string>();
        for (const [, selector, text] of branches.matchAll(BRANCH)) options.set(selector, text);
        const chosen = options.get(`=${count}`) ?? options.get(rules.select(count)) ?? options.get('other') ?? '';
        return chosen.replace(/#/g, new Intl.NumberFormat(locale).format(count));
      })
      .replace(/\{(\w+)\}/g, (match, name: string) =>
        name in params ? String(params[name]) : match,
      );
  };
}

/** The English `t`, used when no language is provided. */
export const defaultT: TFunction = createT();
