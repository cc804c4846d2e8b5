/*
 * Types of properties that several tags share. Each tag re-exports the ones in its public API, so
 * users import them from the tag (or from the package index) as before.
 */

/** Where the name tag sits in the tile. */
export type NameTagPosition =
  'bottom-left' | 'bottom-right' | 'bottom-center' | 'top-left' | 'top-right' | 'top-center';

/** Where a popup (tooltip, menu) goes, relative to its trigger (Floating UI placements). */
export type Placement =
  | 'top'
  | 'top-start'
  | 'top-end'
  | 'bottom'
  | 'bottom-start'
  | 'bottom-end'
  | 'left'
  | 'left-start'
  | 'left-end'
  | 'right'
  | 'right-start'
  | 'right-end';

/** Where the tooltip goes, relative to its trigger. */
export type TooltipPlacement = Placement;

/** Where the menu opens, relative to its trigger. */
export type MenuPlacement = Placement;

/** A tab of the sidebar: an id and its (already translated) name, as in the official kit. */
export interface SidebarTab {
  id: string;
  name: string;
}

/** How the sidebar is laid out: docked beside the stage, or covering the meeting (phones). */
export type SidebarView = 'sidebar' | 'full-screen';
