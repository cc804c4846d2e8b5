import { html, type TemplateResult } from 'lit';
import { defaultIconPack, type IconName, type IconPack } from './icon-pack.js';

/** Renders an icon of the pack (falling back to the default pack) as an inline, hidden SVG. */
export function renderIcon(name: IconName, pack?: IconPack): TemplateResult {
  const d = pack?.[name] ?? defaultIconPack[name];
  return html`<svg part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round" focusable="false"><path d=${d}></path></svg>`;
}
