import { RtkStateUpdateEvent } from '../events/rtk-state-update.js';
import type { MenuItemDeclaration } from '../internal/extension-items.js';
import type { Peer } from '../meeting/participant.js';

// Extension points from JavaScript: each function writes the element that the HTML route would
// (a child of `host` in the tag's named slot) and returns a function that removes it again. The
// tags read those elements, so both routes behave the same. See README, "Extending the UI".

/** Something a function below can add to: `rtk-meeting`, or the tag itself when used alone. */
export type ExtensionHost = Element;

/** A button of the page's own in the control bar (`rtk-controlbar`, slot `controlbar-extra`). */
export interface ControlbarButtonExtension {
  /** Identifies the button (its `data-id`). */
  id: string;
  /** Its name, shown as its label and read by screen readers. */
  label: string;
  /** The icon: a name in the meeting's icon pack, e.g. `chat` or one the page added. */
  icon?: string;
  /** The icon as SVG path data (24×24), used when the icon pack has no `icon`. */
  iconPath?: string;
  /** Runs when the button (or its item in "More") is chosen. */
  onClick(): void;
}

/**
 * An item of the page's own in every person's menu: the participant tile's and the participants
 * list's (slot `participant-menu`).
 */
export interface ParticipantMenuItemExtension {
  /** Identifies the item (its `data-id`). */
  id: string;
  /** Its name in the menu. */
  label: string;
  /** The icon: a name in the meeting's icon pack. */
  icon?: string;
  /** The icon as SVG path data (24×24), used when the icon pack has no `icon`. */
  iconPath?: string;
  /**
   * Runs when the item is chosen, with the person whose menu it is. A promise that rejects shows
   * an error notification, as the built-in actions do.
   */
  onClick(participant: Peer): unknown;
  /** Shows the item only for the people it returns true for (default: everyone). */
  visible?(participant: Peer): boolean;
}

/** A section of the page's own in the sidebar: a tab and its content (slot `sidebar-section`). */
export interface SidebarSectionExtension {
  /** The section's id: the tab opens with the UI states `{ activeSidebar: true, sidebar: id }`. */
  id: string;
  /** The tab's name (the sidebar names its panel with it too). */
  label: string;
  /**
   * Fills the section's element (once, when added). The element stays in the page's DOM, so the
   * page's own styles and frameworks work in it. May return a clean-up function, run on removal.
   */
  render(container: HTMLElement): void | (() => void);
}

function attach(host: ExtensionHost, el: HTMLElement, slot: string, id: string): () => void {
  el.slot = slot;
  el.dataset.id = id;
  host.append(el);
  return () => el.remove();
}

function setIcon(el: HTMLElement, icon?: string, iconPath?: string): void {
  if (icon) el.dataset.icon = icon;
  if (iconPath) el.dataset.iconPath = iconPath;
}

/**
 * Adds a button to the control bar of `host` (`rtk-meeting` or `rtk-controlbar`), before "More";
 * on a phone it is an item of "More". Returns a function that removes it.
 *
 * ```js
 * const remove = addControlbarButton(meetingElement, {
 *   id: 'notes', label: 'Notes', icon: 'chat', onClick: () => openNotes(),
 * });
 * ```
 */
export function addControlbarButton(
  host: ExtensionHost,
  button: ControlbarButtonExtension,
): () => void {
  void import('../components/controlbar-button/rtk-controlbar-button.js');
  const el = Object.assign(document.createElement('rtk-controlbar-button'), {
    label: button.label,
    icon: button.icon,
    iconPath: button.iconPath,
  });
  el.addEventListener('click', () => button.onClick());
  return attach(host, el, 'controlbar-extra', button.id);
}

/**
 * Adds an item to every person's menu (participant tiles and the participants list) inside
 * `host` (`rtk-meeting`, a tile, a participant row, or any element around them), after the
 * built-in actions. Returns a function that removes it.
 *
 * ```js
 * addParticipantMenuItem(meetingElement, {
 *   id: 'profile', label: 'View profile', icon: 'person',
 *   visible: (p) => p.id !== meeting.self.id,
 *   onClick: (p) => showProfile(p.customParticipantId),
 * });
 * ```
 */
export function addParticipantMenuItem(
  host: ExtensionHost,
  item: ParticipantMenuItemExtension,
): () => void {
  const el: MenuItemDeclaration = document.createElement('span');
  el.textContent = item.label;
  setIcon(el, item.icon, item.iconPath);
  el.onSelect = (participant) => item.onClick(participant);
  if (item.visible) el.visible = (participant) => item.visible!(participant);
  return attach(host, el, 'participant-menu', item.id);
}

/**
 * Adds a section to the sidebar of `host` (`rtk-meeting` or `rtk-sidebar`), as a tab after the
 * default ones. Returns a function that removes it (and runs `render`'s clean-up).
 *
 * ```js
 * addSidebarSection(meetingElement, {
 *   id: 'notes', label: 'Notes',
 *   render: (el) => el.append(notesEditor()),
 * });
 * ```
 */
export function addSidebarSection(
  host: ExtensionHost,
  section: SidebarSectionExtension,
): () => void {
  const el = document.createElement('div');
  el.dataset.label = section.label;
  const cleanUp = section.render(el);
  const remove = attach(host, el, 'sidebar-section', section.id);
  return () => {
    remove();
    cleanUp?.();
  };
}

/**
 * Opens the sidebar of `from`'s meeting on the section `id` (a default one such as `chat`, or
 * one the page added). `from` is `rtk-meeting`, the tag used alone, or any element inside them
 * (e.g. the page's own control bar button).
 */
export function openSidebarSection(from: Element, id: string): void {
  from.dispatchEvent(new RtkStateUpdateEvent({ activeSidebar: true, sidebar: id }));
}
