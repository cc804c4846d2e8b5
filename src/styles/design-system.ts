import { BRAND_SHADES, deriveBrandShades, parseHex, textOn, type BrandShade } from './color.js';
import { THEMES, themes, type ThemeName, type ThemeSetting } from './theme.js';

/** Corner rounding: a named preset or a radius in pixels. */
export type BorderRadius = 'sharp' | 'rounded' | 'extra-rounded' | number;

/**
 * The design-system options (the official kit's `designTokens`), for `provideRtkDesignSystem()`
 * and `config.designTokens` on `rtk-meeting` / `rtk-ui-provider`.
 */
export interface DesignTokens {
  /** `dark` (default), `light`, `high-contrast`, or `system` to follow `prefers-color-scheme`. */
  theme?: ThemeSetting;
  /**
   * Brand colour as hex: becomes `--rtk-color-brand-500`; 50..900, the subtle tint and the text
   * colour on it are derived. An object sets single steps instead, e.g. `{ 500: '#e11d48' }`.
   */
  brand?: string | Partial<Record<BrandShade, string>>;
  /** Corner rounding: `sharp`, `rounded` (default), `extra-rounded`, or the base radius in px. */
  borderRadius?: BorderRadius;
  /** Font stack for the whole kit. Fonts are not fetched: load them on the page. */
  fontFamily?: string;
  /** Spacing unit in px (default 4); every gap and padding is a multiple of it. */
  spacingBase?: number;
  /** Any colour token by name without the `--rtk-color-` prefix, e.g. `{ 'background-1000': '#000' }`. */
  colors?: Record<string, string>;
}

const RADII: Record<Exclude<BorderRadius, number>, [number, number, number]> = {
  sharp: [0, 0, 0],
  rounded: [4, 8, 12],
  'extra-rounded': [8, 16, 24],
};

function radiusProperties(radius: BorderRadius): Record<string, string> {
  const [sm, md, lg] =
    typeof radius === 'number' && Number.isFinite(radius) && radius >= 0
      ? [radius / 2, radius, radius * 1.5]
      : (RADII[radius as keyof typeof RADII] ?? RADII.rounded);
  return { '--rtk-radius-sm': `${sm}px`, '--rtk-radius': `${md}px`, '--rtk-radius-lg': `${lg}px` };
}

function brandProperties(brand: DesignTokens['brand']): Record<string, string> {
  const props: Record<string, string> = {};
  if (typeof brand === 'string') {
    const shades = deriveBrandShades(brand);
    if (!shades) return props;
    for (const shade of BRAND_SHADES) props[`--rtk-color-brand-${shade}`] = shades[shade];
    const [r, g, b] = parseHex(shades[500])!.map((c) => Math.round(c * 255));
    props['--rtk-color-brand-subtle'] = `rgb(${r} ${g} ${b} / 0.2)`;
    props['--rtk-color-text-on-brand'] = textOn(shades[500]);
  } else if (brand && typeof brand === 'object') {
    for (const shade of BRAND_SHADES) {
      const value = brand[shade];
      if (typeof value === 'string' && value) props[`--rtk-color-brand-${shade}`] = value;
    }
    if (brand[500] && parseHex(brand[500])) props['--rtk-color-text-on-brand'] = textOn(brand[500]);
  }
  return props;
}

/** `theme`'s palette under the public names (`system`: `light-dark()` of light and dark). */
function themeProperties(theme: ThemeSetting): Record<string, string> {
  if (theme !== 'system' && !THEMES.includes(theme)) return {};
  const props: Record<string, string> = {};
  for (const token of Object.keys(themes.dark) as Array<keyof typeof themes.dark>) {
    const value =
      theme === 'system'
        ? colorOrShadow(themes.light[token], themes.dark[token])
        : themes[theme as ThemeName][token];
    props[`--rtk-${token}`] = value;
  }
  props['color-scheme'] = theme === 'system' ? 'light dark' : theme === 'light' ? 'light' : 'dark';
  return props;
}

/** `light-dark()` takes colours only; shadows are a light/dark choice of whole values. */
function colorOrShadow(light: string, dark: string): string {
  if (!/^\d|^0 /.test(light)) return `light-dark(${light}, ${dark})`;
  // Shadows: keep the dark ones' geometry, pick the colour per scheme.
  const colour = (s: string) => /rgb\([^)]*\)|#[0-9a-f]+/i.exec(s)?.[0] ?? 'transparent';
  return dark.replace(colour(dark), `light-dark(${colour(light)}, ${colour(dark)})`);
}

/**
 * The custom properties (and `color-scheme`) that `tokens` stand for, as name → value. The
 * theme's palette comes first, so `brand` and `colors` win over it.
 */
export function designTokenProperties(tokens: DesignTokens = {}): Record<string, string> {
  const props: Record<string, string> = {};
  if (tokens.theme) Object.assign(props, themeProperties(tokens.theme));
  if (tokens.brand) Object.assign(props, brandProperties(tokens.brand));
  if (tokens.borderRadius !== undefined)
    Object.assign(props, radiusProperties(tokens.borderRadius));
  if (tokens.fontFamily) props['--rtk-font-family'] = tokens.fontFamily;
  if (
    typeof tokens.spacingBase === 'number' &&
    Number.isFinite(tokens.spacingBase) &&
    tokens.spacingBase >= 0
  ) {
    props['--rtk-space-base'] = `${tokens.spacingBase}px`;
  }
  for (const [name, value] of Object.entries(tokens.colors ?? {})) {
    if (typeof value === 'string' && /^[a-z0-9-]+$/.test(name))
      props[`--rtk-color-${name}`] = value;
  }
  return props;
}

/**
 * Themes everything inside `element` (the official kit's function of the same name): writes the
 * `--rtk-*` custom properties for `designTokens` as inline style on `element`, and nothing
 * anywhere else, never on `document.documentElement`. Calls merge: a later call overwrites only
 * what it sets. Inline values win over any stylesheet; to keep CSS in charge, use
 * `config.designTokens` on a provider instead.
 *
 * @example provideRtkDesignSystem(document.querySelector('rtk-meeting')!, { theme: 'light', brand: '#e11d48' });
 */
export function provideRtkDesignSystem(element: HTMLElement, designTokens: DesignTokens): void {
  if (!element?.style) return;
  for (const [name, value] of Object.entries(designTokenProperties(designTokens))) {
    element.style.setProperty(name, value);
  }
}
