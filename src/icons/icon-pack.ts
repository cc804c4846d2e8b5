/**
 * The default icon pack: 24×24 outline icons drawn for this kit, stored as SVG path data so they
 * render through Lit's `svg` templates (no `innerHTML`, safe under Trusted Types).
 */
import { defaultIconPaths } from './default-pack.generated.js';
import type * as paths from './paths.js';

/**
 * Every default icon by name (for `rtk-icon` and icons chosen by name at run time). Components
 * that know their icons import them one by one from `paths.ts` instead, so an app bundles only
 * the icons it shows.
 */
export const defaultIconPack: Readonly<typeof paths> = defaultIconPaths;

/**
 * Icons that point along the reading direction; `rtk-icon` mirrors them in right-to-left text.
 */
export const directionalIcons: ReadonlySet<string> = new Set([
  'chevron_left',
  'chevron_right',
  'arrow_left',
  'arrow_right',
  'send',
  'reply',
  'chat',
]);

export type IconName = keyof typeof defaultIconPack;

/**
 * An icon pack: per icon name, path data (24×24, drawn as an outline) or SVG markup (`<svg …>…</svg>`,
 * the official kit's format, drawn as inert shapes: see `src/icons/svg-markup.ts`). A partial pack
 * falls back to the default for the rest.
 */
export type IconPack = { [K in IconName]?: string } & Record<string, string>;

/**
 * The path data of an icon: from `pack`, else from the default pack; `undefined` when neither has
 * an icon of that name (an own property, so names like `constructor` never match).
 */
export function iconPath(name: IconName | (string & {}), pack?: IconPack): string | undefined {
  const own = (p: Record<string, string> | undefined) =>
    p && Object.prototype.hasOwnProperty.call(p, name) && typeof p[name] === 'string'
      ? p[name]
      : undefined;
  return own(pack) ?? own(defaultIconPack as unknown as Record<string, string>);
}
