import { ParticipantMenuSelectEvent } from '../events/rtk-participant-menu-select.js';
import type { Peer } from '../meeting/participant.js';
import type { MenuItemDeclaration } from './extension-items.js';

// How a menu shows and runs an item the page declared (slot `participant-menu`); loaded with the
// menus, not with the tiles.

/** The name of a declared item: its `aria-label`, else its text. */
export function declaredLabel(item: HTMLElement): string {
  return item.getAttribute('aria-label') || item.textContent?.trim() || '';
}

/**
 * Chooses a declared item for `person`: dispatches `rtkParticipantMenuSelect` on it, then runs its
 * `onSelect`, whose result (a promise that may reject) the menu awaits.
 */
export function selectDeclared(item: MenuItemDeclaration, person: Peer): unknown {
  item.dispatchEvent(new ParticipantMenuSelectEvent(person));
  return item.onSelect?.(person);
}

/** The default icons by name, loaded the first time a declared item names one. */
let defaultPack: Readonly<Record<string, string>> | undefined;

/**
 * The path data of a declared item's icon: its `data-icon-path`, else the default icon named by
 * its `data-icon` (a page's own `iconPack` entry of that name still wins where it is drawn). The
 * default pack loads on first need, and `loaded` runs once it is in.
 */
export function declaredIconPath(item: HTMLElement, loaded: () => void): string | undefined {
  const { icon, iconPath } = item.dataset;
  if (iconPath || !icon) return iconPath;
  if (!defaultPack)
    void import('../icons/icon-pack.js').then((module) => {
      defaultPack = module.defaultIconPack as Readonly<Record<string, string>>;
      loaded();
    });
  return defaultPack?.[icon];
}
