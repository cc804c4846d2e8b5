import type { Peer } from '../meeting/participant.js';

// The extension points read what the page declared (see README, "Extending the UI"): elements
// put in a named slot that nothing renders, so they stay invisible and describe an item. Kept
// small: tiles import it up front; what runs an item is in `extension-select.ts`, loaded with
// the menus.

/** An element declaring a menu item: its text (or `aria-label`) names it, `data-icon` its icon. */
export type MenuItemDeclaration = HTMLElement & {
  /** Shown only for the people it returns true for (set from JavaScript). */
  visible?: (participant: Peer) => boolean;
  /** Runs when the item is chosen, after `rtkParticipantMenuSelect` (set from JavaScript). */
  onSelect?: (participant: Peer) => unknown;
};

/**
 * The menu items declared for `person` (slot `participant-menu`) on `from` and every element
 * above it, across shadow roots: those on the nearest element come first.
 */
export function participantMenuItems(from: Element, person: Peer): MenuItemDeclaration[] {
  const found: MenuItemDeclaration[] = [];
  for (let node: Node | null = from; node; node = node.parentNode ?? (node as ShadowRoot).host)
    if (node instanceof Element)
      found.push(...node.querySelectorAll<HTMLElement>(':scope>[slot=participant-menu]'));
  return found.filter((item) => item.visible?.(person) ?? true);
}
