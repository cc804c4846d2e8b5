import { defaultT, useLanguage, type LanguagePack, type Translator } from './t.js';

/** A language the kit ships: its BCP 47 tag and its name in that language. */
export interface LanguageOption {
  /** BCP 47 tag, the one the pack uses (`pt-BR`, `zh-CN`). */
  readonly code: string;
  /** The language's own name (`Deutsch`, `日本語`), as language pickers show them. */
  readonly name: string;
}

/** The languages the kit ships, English first, then by their own names. */
export const languages: readonly LanguageOption[] = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pl', name: 'Polski' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'he', name: 'עברית' },
  { code: 'ar', name: 'العربية' },
  { code: 'hi', name: 'हिन्दी' },
  { code: 'ko', name: '한국어' },
  { code: 'ja', name: '日本語' },
  { code: 'zh-CN', name: '简体中文' },
];

// One module per pack: only the language asked for is downloaded.
const packs: Record<string, () => Promise<LanguagePack>> = {
  ar: () => import('./packs/ar.js').then((m) => m.ar),
  de: () => import('./packs/de.js').then((m) => m.de),
  es: () => import('./packs/es.js').then((m) => m.es),
  fr: () => import('./packs/fr.js').then((m) => m.fr),
  he: () => import('./packs/he.js').then((m) => m.he),
  hi: () => import('./packs/hi.js').then((m) => m.hi),
  it: () => import('./packs/it.js').then((m) => m.it),
  ja: () => import('./packs/ja.js').then((m) => m.ja),
  ko: () => import('./packs/ko.js').then((m) => m.ko),
  nl: () => import('./packs/nl.js').then((m) => m.nl),
  pl: () => import('./packs/pl.js').then((m) => m.pl),
  'pt-BR': () => import('./packs/pt-BR.js').then((m) => m.ptBR),
  tr: () => import('./packs/tr.js').then((m) => m.tr),
  'zh-CN': () => import('./packs/zh-CN.js').then((m) => m.zhCN),
};

/** Where a language picker remembers the person's choice (`localStorage`). */
export const LANGUAGE_STORAGE_KEY = 'rtk-language';

/**
 * The shipped language for a list of wanted ones (`navigator.languages`, or one tag), best first:
 * an exact tag (`pt-BR`), else the same language (`pt-PT` → `pt-BR`, `zh-Hans-SG` → `zh-CN`).
 * Traditional Chinese is not matched to the simplified pack. `undefined` when none fits.
 */
export function matchLanguage(wanted: readonly string[] | string): string | undefined {
  for (const tag of typeof wanted === 'string' ? [wanted] : wanted) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag).maximize();
    } catch {
      continue;
    }
    const exact = languages.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const language = locale.language === 'iw' ? 'he' : locale.language;
    if (language === 'zh' && locale.script !== 'Hans') continue;
    const same = languages.find((l) => l.code.split('-')[0] === language);
    if (same) return same.code;
  }
  return undefined;
}

/** The language a person chose before in a language picker, if any. */
export function rememberedLanguage(): string | undefined {
  try {
    return matchLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? '');
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

/** Remembers a person's choice for the next visit (nothing happens where storage is blocked). */
export function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** The language to start in: the remembered choice, else the browser's when a pack exists. */
export function initialLanguage(): string {
  return (
    rememberedLanguage() ??
    matchLanguage(typeof navigator === 'undefined' ? [] : navigator.languages) ??
    'en'
  );
}

/** Downloads a language's pack (English needs none). Rejects when the download fails. */
export async function loadLanguage(code: string): Promise<LanguagePack | undefined> {
  const match = matchLanguage(code);
  const load = match ? packs[match] : undefined;
  return load ? load() : undefined;
}

/**
 * The `t` for a language code (`''`: the language to start in), English for a code no pack has.
 * The same function for the same language, so choosing it again does not re-render.
 */
export async function languageT(code: string): Promise<Translator> {
  const pack = await loadLanguage(code || initialLanguage());
  return pack ? useLanguage(pack) : defaultT;
}
