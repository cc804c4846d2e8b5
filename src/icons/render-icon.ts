import { html, nothing, svg, type TemplateResult } from 'lit';
import type { IconName, IconPack } from './icon-pack.js';

/**
 * Renders an icon as an inline, hidden SVG: the pack's path for `name`, else `fallback` (the
 * default path, imported by the caller from `paths.ts` so that only the icons a component draws
 * are bundled with it). Draws an empty icon when neither exists.
 */
export function renderIcon(
  name: IconName | (string & {}),
  pack?: IconPack,
  fallback?: string,
): TemplateResult {
  const own = pack && Object.prototype.hasOwnProperty.call(pack, name) ? pack[name] : undefined;
  const d = typeof own === 'string' ? own : fallback;
  return html`<svg part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round" focusable="false">${d ? svg`<path d=${d}></path>` : nothing}</svg>`;
}
