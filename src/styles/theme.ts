import { css, unsafeCSS } from 'lit';
import { BRAND_SHADES } from './color.js';

/*
 * The design system's data: every public `--rtk-*` token, the three theme palettes, and the CSS
 * built from them.
 *
 * How a value reaches a component (highest first):
 *   1. `--rtk-<token>` set by the page (CSS on `rtk-meeting` or on any ancestor, or
 *      `provideRtkDesignSystem()`), or by the provider's `config.designTokens`;
 *   2. `--_theme-<token>`, the palette of the theme chosen on the nearest provider (`theme`
 *      attribute or `config.designTokens.theme`). This layer has its own names so that a theme
 *      never hides a `--rtk-*` value the page set on an ancestor;
 *   3. the dark default, built into every component's `tokens` styles.
 * Nothing is ever written onto `document.documentElement`.
 */

/** A theme with a palette. `darkest` is the official kit's name for our dark theme (an alias). */
export type ThemeName = 'dark' | 'light' | 'high-contrast' | 'darkest';
/** What a page may choose: a theme, or `system` to follow `prefers-color-scheme`. */
export type ThemeSetting = ThemeName | 'system';

/** The themes with a palette, in documentation order (`darkest` last: an alias of `dark`). */
export const THEMES: readonly ThemeName[] = ['dark', 'light', 'high-contrast', 'darkest'];

/** The tokens a theme changes (names without the `--rtk-` prefix). */
export type ThemedToken =
  | 'color-brand-500'
  | 'color-text-on-brand'
  | 'color-background-1000'
  | 'color-background-900'
  | 'color-background-800'
  | 'color-background-700'
  | 'color-background-600'
  | 'color-background-500'
  | 'color-border'
  | 'color-overlay'
  | 'color-text'
  | 'color-text-muted'
  | 'color-danger'
  | 'color-text-on-danger'
  | 'color-warning'
  | 'color-text-on-warning'
  | 'color-success'
  | 'color-text-on-success'
  | 'color-focus'
  | 'color-video-overlay'
  | 'color-text-on-video'
  | 'shadow-sm'
  | 'shadow-md'
  | 'shadow-lg';

/** A theme's value for every themed token. */
export type ThemePalette = Readonly<Record<ThemedToken, string>>;

/** The dark palette (also the official kit's `darkest`). */
const dark: ThemePalette = {
  'color-brand-500': '#2160fd',
  'color-text-on-brand': '#ffffff',
  'color-background-1000': '#080808',
  'color-background-900': '#1a1a1a',
  'color-background-800': '#2c2c2c',
  'color-background-700': '#3d3d3d',
  'color-background-600': '#4d4d4d',
  'color-background-500': '#626262',
  'color-border': '#4d4d4d',
  'color-overlay': 'rgb(0 0 0 / 0.6)',
  'color-text': '#ffffff',
  'color-text-muted': '#c4c4c4',
  'color-danger': '#ff2d2d',
  'color-text-on-danger': '#080808',
  'color-warning': '#ffcd07',
  'color-text-on-warning': '#080808',
  'color-success': '#62a504',
  'color-text-on-success': '#080808',
  'color-focus': '#8cb2ff',
  'color-video-overlay': 'rgb(0 0 0 / 0.7)',
  'color-text-on-video': '#ffffff',
  'shadow-sm': '0 1px 2px rgb(0 0 0 / 0.3)',
  'shadow-md': '0 4px 12px rgb(0 0 0 / 0.35)',
  'shadow-lg': '0 12px 32px rgb(0 0 0 / 0.45)',
};

/**
 * The palettes. Text colours keep at least 4.5:1 on every background step they are used on;
 * `*-on-*` colours on their fill. Text over video (name tags) stays light on a dark overlay in
 * every theme.
 */
export const themes: Readonly<Record<ThemeName, ThemePalette>> = {
  dark,
  darkest: dark,
  light: {
    'color-brand-500': '#2160fd',
    'color-text-on-brand': '#ffffff',
    'color-background-1000': '#ffffff',
    'color-background-900': '#f3f4f6',
    'color-background-800': '#e5e7eb',
    'color-background-700': '#d1d5db',
    'color-background-600': '#b8bdc6',
    'color-background-500': '#9ca3af',
    'color-border': '#b8bdc6',
    'color-overlay': 'rgb(0 0 0 / 0.4)',
    'color-text': '#111827',
    'color-text-muted': '#4b5563',
    'color-danger': '#c81e1e',
    'color-text-on-danger': '#ffffff',
    'color-warning': '#f5b400',
    'color-text-on-warning': '#080808',
    'color-success': '#1e7b34',
    'color-text-on-success': '#ffffff',
    'color-focus': '#1a4dca',
    'color-video-overlay': 'rgb(0 0 0 / 0.7)',
    'color-text-on-video': '#ffffff',
    'shadow-sm': '0 1px 2px rgb(0 0 0 / 0.08)',
    'shadow-md': '0 4px 12px rgb(0 0 0 / 0.12)',
    'shadow-lg': '0 12px 32px rgb(0 0 0 / 0.18)',
  },
  'high-contrast': {
    'color-brand-500': '#6ea0ff',
    'color-text-on-brand': '#000000',
    'color-background-1000': '#000000',
    'color-background-900': '#0d0d0d',
    'color-background-800': '#1f1f1f',
    'color-background-700': '#333333',
    'color-background-600': '#4d4d4d',
    'color-background-500': '#666666',
    'color-border': '#ffffff',
    'color-overlay': 'rgb(0 0 0 / 0.8)',
    'color-text': '#ffffff',
    'color-text-muted': '#e0e0e0',
    'color-danger': '#ff7070',
    'color-text-on-danger': '#000000',
    'color-warning': '#ffd60a',
    'color-text-on-warning': '#000000',
    'color-success': '#6ee787',
    'color-text-on-success': '#000000',
    'color-focus': '#ffff00',
    'color-video-overlay': '#000000',
    'color-text-on-video': '#ffffff',
    'shadow-sm': '0 0 0 1px #ffffff',
    'shadow-md': '0 0 0 1px #ffffff',
    'shadow-lg': '0 0 0 2px #ffffff',
  },
};

/** Tokens that are the same in every theme, with their defaults. */
export const baseTokens = {
  'space-base': '4px',
  'radius-sm': '4px',
  radius: '8px',
  'radius-lg': '12px',
  'radius-full': '9999px',
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'motion-duration-fast': '100ms',
  'motion-duration': '150ms',
  'motion-duration-slow': '300ms',
  'z-dropdown': '100',
  'z-tooltip': '200',
  'z-dialog': '300',
  'z-notification': '400',
} as const;

/** A token that is the same in every theme. */
export type BaseToken = keyof typeof baseTokens;

/**
 * Brand steps other than 500, when nobody set them: mixed from the brand colour in use, so
 * overriding `--rtk-color-brand-500` alone in CSS moves the whole scale.
 */
const brandMix: Record<number, string> = {
  50: 'color-mix(in oklab, var(--_brand) 10%, white)',
  100: 'color-mix(in oklab, var(--_brand) 22%, white)',
  200: 'color-mix(in oklab, var(--_brand) 42%, white)',
  300: 'color-mix(in oklab, var(--_brand) 62%, white)',
  400: 'color-mix(in oklab, var(--_brand) 82%, white)',
  600: 'color-mix(in oklab, var(--_brand) 82%, black)',
  700: 'color-mix(in oklab, var(--_brand) 66%, black)',
  800: 'color-mix(in oklab, var(--_brand) 50%, black)',
  900: 'color-mix(in oklab, var(--_brand) 36%, black)',
};

/**
 * The component locals (`--_*`, read by every component's styles) and the public token each
 * one follows. A `string` fallback is a CSS expression used when the token is not set.
 */
export const locals: ReadonlyArray<
  [local: string, token: ThemedToken | BaseToken | string, fallback?: string]
> = [
  ['--_brand', 'color-brand-500'],
  ...BRAND_SHADES.filter((s) => s !== 500).map((s): [string, string, string] => [
    `--_brand-${s}`,
    `color-brand-${s}`,
    brandMix[s],
  ]),
  ['--_brand-hover', 'color-brand-600', brandMix[600]],
  ['--_brand-active', 'color-brand-700', brandMix[700]],
  ['--_brand-subtle', 'color-brand-subtle', 'color-mix(in srgb, var(--_brand) 20%, transparent)'],
  ['--_brand-text', 'color-text-on-brand'],
  ['--_bg', 'color-background-1000'],
  ['--_bg-raised', 'color-background-900'],
  ['--_bg-control', 'color-background-800'],
  ['--_bg-control-hover', 'color-background-700'],
  ['--_bg-control-active', 'color-background-600'],
  ['--_bg-strong', 'color-background-500'],
  ['--_border', 'color-border'],
  ['--_overlay', 'color-overlay'],
  ['--_text', 'color-text'],
  ['--_text-muted', 'color-text-muted'],
  ['--_danger', 'color-danger'],
  ['--_danger-text', 'color-text-on-danger'],
  ['--_warning', 'color-warning'],
  ['--_warning-text', 'color-text-on-warning'],
  ['--_success', 'color-success'],
  ['--_success-text', 'color-text-on-success'],
  ['--_focus', 'color-focus'],
  ['--_video-overlay', 'color-video-overlay'],
  ['--_video-text', 'color-text-on-video'],
  ['--_space', 'space-base'],
  ['--_radius-sm', 'radius-sm'],
  ['--_radius', 'radius'],
  ['--_radius-lg', 'radius-lg'],
  ['--_radius-full', 'radius-full'],
  ['--_font', 'font-family'],
  ['--_font-size-xs', 'font-size-xs'],
  ['--_font-size-sm', 'font-size-sm'],
  ['--_font-size-md', 'font-size-md'],
  ['--_font-size-lg', 'font-size-lg'],
  ['--_font-size-xl', 'font-size-xl'],
  ['--_shadow-sm', 'shadow-sm'],
  ['--_shadow-md', 'shadow-md'],
  ['--_shadow-lg', 'shadow-lg'],
  ['--_motion-fast', 'motion-duration-fast'],
  ['--_motion', 'motion-duration'],
  ['--_motion-slow', 'motion-duration-slow'],
  ['--_z-dropdown', 'z-dropdown'],
  ['--_z-tooltip', 'z-tooltip'],
  ['--_z-dialog', 'z-dialog'],
  ['--_z-notification', 'z-notification'],
];

const isThemed = (token: string): token is ThemedToken => token in themes.dark;

/** The declaration of one local: page token, else theme layer, else dark default. */
function localDeclaration([local, token, fallback]: (typeof locals)[number]): string {
  if (isThemed(token))
    return `${local}: var(--rtk-${token}, var(--_theme-${token}, ${themes.dark[token]}));`;
  const base = (baseTokens as Record<string, string>)[token];
  return `${local}: var(--rtk-${token}, ${fallback ?? base});`;
}

/** The text of the `tokens` styles (see `shared.styles.ts`). */
export const tokensCssText = `:host {
${locals.map((l) => `  ${localDeclaration(l)}`).join('\n')}
  font-family: var(--_font);
  color: var(--_text);
}
@media (prefers-reduced-motion: reduce) {
  :host {
    --_motion-fast: 0ms;
    --_motion: 0ms;
    --_motion-slow: 0ms;
  }
}`;

/** A theme's palette as theme-layer declarations (`--_theme-*`), for a `:host` rule. */
export function themeLayerDeclarations(theme: ThemeName): string {
  const colorScheme = theme === 'light' ? 'light' : 'dark';
  return [
    `color-scheme: ${colorScheme};`,
    ...Object.entries(themes[theme]).map(([token, value]) => `--_theme-${token}: ${value};`),
  ].join(' ');
}

/**
 * A rule set that applies `theme` to the element `selector` matches; `system` follows
 * `prefers-color-scheme` (dark unless the system asks for light).
 */
export function themeRules(selector: string, theme: ThemeSetting): string {
  if (theme !== 'system') return `${selector} { ${themeLayerDeclarations(theme)} }`;
  return `${selector} { ${themeLayerDeclarations('dark')} }
@media (prefers-color-scheme: light) { ${selector} { ${themeLayerDeclarations('light')} } }`;
}

/**
 * For the providers' hosts (`rtk-meeting`, `rtk-ui-provider`): applies the `theme` attribute.
 * Without the attribute nothing is set, so a provider inside another inherits its theme (and the
 * outermost one shows the dark defaults). Rules on `:host` lose to the page's own CSS on the
 * element, so `rtk-meeting { --rtk-color-brand-500: … }` always wins.
 */
export const themeStyles = css`
  ${unsafeCSS(THEMES.map((t) => themeRules(`:host([theme='${t}'])`, t)).join('\n'))}
  ${unsafeCSS(themeRules(`:host([theme='system'])`, 'system'))}
`;

/** Every public token name (with `--rtk-`), for docs and tests. */
export const publicTokens: readonly string[] = [
  ...BRAND_SHADES.map((s) => `--rtk-color-brand-${s}`),
  '--rtk-color-brand-subtle',
  ...Object.keys(themes.dark)
    .filter((t) => t !== 'color-brand-500')
    .map((t) => `--rtk-${t}`),
  ...Object.keys(baseTokens).map((t) => `--rtk-${t}`),
];
