import { peopleStrings } from '../../i18n/en/people.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import * as paths from '../../icons/paths.js';
import type {
  ParticipantAction,
  ParticipantActionKind,
} from '../../internal/participant-actions.js';
import { participantMenuItems } from '../../internal/extension-items.js';
import {
  declaredIconPath,
  declaredLabel,
  selectDeclared,
} from '../../internal/extension-select.js';
import type { Peer } from '../../meeting/participant.js';
import type { ReactiveElement } from 'lit';

// How the tile menu shows each action (label and icon), loaded with the menu on its first open,
// so a tile that is never opened does not carry them. Which actions there are is decided by
// `participantActions` (src/internal/participant-actions.ts), the rule the participants list
// shares.

/** One entry of the tile menu. */
export interface TileMenuEntry {
  /** The action, or `extension:<data-id or label>` for an item the page added. */
  key: ParticipantActionKind | `extension:${string}`;
  label: string;
  icon: string;
  /** The default path of the icon (named imports only, so unused icons are not bundled). */
  path: string;
  run: () => unknown;
}

const LOOKS: Record<ParticipantActionKind, { label: string; icon: string; path: string }> = {
  pin: { label: 'tile.pin', icon: 'pin', path: paths.pin },
  unpin: { label: 'tile.unpin', icon: 'pin_off', path: paths.pin_off },
  hide: { label: 'tile.hide_self', icon: 'eye', path: paths.eye },
  mute: { label: 'tile.mute', icon: 'mic_off', path: paths.mic_off },
  video: { label: 'tile.disable_video', icon: 'video_off', path: paths.video_off },
  stage: { label: 'people.remove_from_stage', icon: 'stage_leave', path: paths.stage_leave },
  kick: { label: 'tile.kick', icon: 'person_remove', path: paths.person_remove },
};

/** English for the one label the tile borrows from the participants list. */
const borrowed = { 'people.remove_from_stage': peopleStrings['people.remove_from_stage'] };

/**
 * The tile menu's entries for `actions` (from `participantActions`), labelled in `localize`'s
 * language, then the items the page added for `person` (slot `participant-menu` on `tile` or
 * above it).
 */
export function tileMenuEntries(
  actions: readonly ParticipantAction[],
  localize: Translator,
  tile: Element,
  person: Peer,
): TileMenuEntry[] {
  const t = withStrings(localize, borrowed);
  return [
    ...actions.map(({ kind, run }) => ({
      key: kind,
      ...LOOKS[kind],
      label: t(LOOKS[kind].label),
      run,
    })),
    ...participantMenuItems(tile, person).map((item) => {
      const label = declaredLabel(item);
      return {
        key: `extension:${item.dataset.id ?? label}` as const,
        label,
        icon: item.dataset.icon ?? '',
        path: declaredIconPath(item, () => (tile as ReactiveElement).requestUpdate()) ?? '',
        run: () => selectDeclared(item, person),
      };
    }),
  ];
}
