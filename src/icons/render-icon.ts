import { html, nothing, svg, type TemplateResult } from 'lit';
import { defaultIconPack, type IconName, type IconPack } from './icon-pack.js';

/**
 * The path data of an icon: from `pack`, else from the default pack; `undefined` when neither has
 * an icon of that name (an own property, so names like `constructor` never match).
 */
export function iconPath(name: IconName | (string & {}), pack?: IconPack): string | undefined {
  const own = (p: Record<string, string> | undefined) =>
    p && Object.prototype.hasOwnProperty.call(p, name) && typeof p[name] === 'string' ? p[name] : undefined;
  return own(pack) ?? own(defaultIconPack);
}

/** Renders an icon of the pack (falling back to the default pack) as an inline, hidden SVG. */
export function renderIcon(name: IconName | (string & {}), pack?: IconPack): TemplateResult {
  const d = iconPath(name, pack);
  return html`<svg part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round" focusable="false">${d ? svg`<path d=${d}></path>` : nothing}</svg>`;
}
