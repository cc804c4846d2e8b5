/*
 * Colour maths for the design system, with no dependency: hex parsing, sRGB ⇄ OKLab/OKLCH
 * (Björn Ottosson's matrices), WCAG contrast, and the brand scale derived from one colour.
 */

/** An sRGB colour, each channel 0..1. */
export type Rgb = [number, number, number];

/** The steps of the brand scale. */
export const BRAND_SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900] as const;
/** One step of the brand scale. */
export type BrandShade = (typeof BRAND_SHADES)[number];

/** `#rgb` or `#rrggbb` (case-insensitive) as channels 0..1, or `undefined` if it is not one. */
export function parseHex(hex: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as Rgb;
}

/** `#rrggbb`, lower case, channels clamped. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** sRGB → OKLCH: lightness 0..1, chroma, hue in degrees. */
export function rgbToOklch([r, g, b]: Rgb): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const hue = (Math.atan2(bb, a) * 180) / Math.PI;
  return [L, Math.hypot(a, bb), hue < 0 ? hue + 360 : hue];
}

/** OKLCH → sRGB, unclamped (channels outside 0..1 mean out of gamut). */
export function oklchToRgb([L, C, h]: [number, number, number]): Rgb {
  const a = C * Math.cos((h * Math.PI) / 180);
  const b = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

const inGamut = (rgb: Rgb) => rgb.every((c) => c >= -1e-4 && c <= 1 + 1e-4);

/** The sRGB colour for an OKLCH one, lowering chroma (keeping lightness and hue) until it fits. */
function fitToGamut(L: number, C: number, h: number): Rgb {
  let rgb = oklchToRgb([L, C, h]);
  if (inGamut(rgb)) return rgb;
  let lo = 0;
  let hi = C;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    rgb = oklchToRgb([L, mid, h]);
    if (inGamut(rgb)) lo = mid;
    else hi = mid;
  }
  return oklchToRgb([L, lo, h]);
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio of two colours (1..21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [1, 1, 1];
const NEAR_BLACK: Rgb = [8 / 255, 8 / 255, 8 / 255];

/** White or near-black, whichever reads better on `background` (hex). */
export function textOn(background: string): string {
  const bg = parseHex(background);
  if (!bg) return '#ffffff';
  return contrastRatio(WHITE, bg) >= contrastRatio(NEAR_BLACK, bg) ? '#ffffff' : '#080808';
}

// How far each shade moves from 500 towards the lightest or the darkest lightness.
const LIGHTER: Partial<Record<BrandShade, number>> = {
  400: 0.18,
  300: 0.38,
  200: 0.6,
  100: 0.8,
  50: 0.92,
};
const DARKER: Partial<Record<BrandShade, number>> = { 600: 0.16, 700: 0.34, 800: 0.52, 900: 0.7 };
const L_MAX = 0.985;
const L_MIN = 0.18;

/**
 * The brand scale 50..900 from one colour, which becomes 500. Lighter steps move towards white
 * and lose chroma, darker ones towards black, in OKLCH so every step keeps the hue. Returns
 * `undefined` when `hex` is not a `#rgb` / `#rrggbb` colour.
 */
export function deriveBrandShades(hex: string): Record<BrandShade, string> | undefined {
  const rgb = parseHex(hex);
  if (!rgb) return undefined;
  const [L, C, h] = rgbToOklch(rgb);
  const shades = {} as Record<BrandShade, string>;
  for (const shade of BRAND_SHADES) {
    if (shade === 500) {
      shades[shade] = toHex(rgb);
    } else if (shade < 500) {
      const f = LIGHTER[shade]!;
      shades[shade] = toHex(fitToGamut(L + (Math.max(L, L_MAX) - L) * f, C * (1 - 0.75 * f), h));
    } else {
      const f = DARKER[shade]!;
      shades[shade] = toHex(fitToGamut(L - (L - Math.min(L, L_MIN)) * f, C * (1 - 0.3 * f), h));
    }
  }
  return shades;
}
