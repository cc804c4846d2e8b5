import { html, nothing, svg, type TemplateResult } from 'lit';
import type { IconName, IconPack } from './icon-pack.js';
import type * as Markup from './svg-markup.js';

/** An icon value given as SVG markup (`<svg …>…</svg>`) rather than path data. */
const isMarkup = (value: unknown) => /^\s*</.test(value as string);

/** The drawer of SVG markup icons, once loaded, and its loading. */
let drawer: typeof Markup | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Loads the drawer of SVG markup icons the first time `pack` has an icon as markup: a promise that
 * settles when such icons can be drawn (until then `renderIcon` draws the default icon), else
 * `undefined`. The value flow calls it for every element's pack.
 */
export function markupReady(pack: IconPack | undefined): Promise<unknown> | undefined {
  return !drawer && pack && Object.values(pack).some(isMarkup)
    ? (loading ??= import('./svg-markup.js').then((m) => (drawer = m)))
    : undefined;
}

/**
 * Renders an icon as an inline, hidden SVG: the pack's icon for `name` (path data, or SVG markup
 * drawn as inert shapes), else `fallback` (the default path, imported by the caller from
 * `paths.ts` so that only the icons a component draws are bundled with it; also drawn while the
 * drawer of markup icons loads). Draws an empty icon when neither exists.
 */
export function renderIcon(
  name: IconName | (string & {}),
  pack?: IconPack,
  fallback?: string,
): TemplateResult {
  const own = pack && Object.prototype.hasOwnProperty.call(pack, name) ? pack[name] : undefined;
  let d = typeof own === 'string' ? own : fallback;
  if (isMarkup(d)) {
    if (drawer) return drawer.markupIcon(d!);
    // Until the drawer is in: the default icon, if the caller gave one.
    d = isMarkup(fallback) ? undefined : fallback;
  }
  return html`<svg part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round" focusable="false">${d ? svg`<path d=${d}></path>` : nothing}</svg>`;
}
