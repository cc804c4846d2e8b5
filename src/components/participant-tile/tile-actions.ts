import * as paths from '../../icons/paths.js';
import type { Translator } from '../../i18n/t.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Participant, Peer } from '../../meeting/participant.js';
import type { Self } from '../../meeting/self.js';

// The tile menu's entries, loaded with the menu on its first open (with their icons and labels),
// so a tile that is never opened does not carry them. `hasTileActions` (in participant-tile.ts)
// is the cheap, eager twin that decides whether the menu button is shown; keep them in step.

/** One entry of the tile menu. */
export interface TileAction {
  key: string;
  label: string;
  icon: string;
  /** The default path of the icon (named imports only, so unused icons are not bundled). */
  path: string;
  run: () => unknown;
}

/** The actions the local user may take on `p`'s tile now. */
export function tileActions(meeting: Meeting, p: Peer, isSelf: boolean, localize: Translator): TileAction[] {
  const can = meeting.self.permissions ?? {};
  const list: TileAction[] = [];
  if (can.pinParticipant && typeof p.pin === 'function') {
    list.push(
      p.isPinned
        ? { key: 'unpin', label: localize('tile.unpin'), icon: 'pin_off', path: paths.pin_off, run: () => p.unpin() }
        : { key: 'pin', label: localize('tile.pin'), icon: 'pin', path: paths.pin, run: () => p.pin() },
    );
  }
  if (isSelf) {
    const self = meeting.self as Self;
    if (typeof self.hide === 'function') {
      list.push({ key: 'hide', label: localize('tile.hide_self'), icon: 'eye', path: paths.eye, run: () => self.hide() });
    }
    return list;
  }
  const remote = p as Partial<Participant>;
  if (can.canDisableParticipantAudio && p.audioEnabled) {
    list.push({ key: 'mute', label: localize('tile.mute'), icon: 'mic_off', path: paths.mic_off, run: () => remote.disableAudio!() });
  }
  if (can.canDisableParticipantVideo && p.videoEnabled) {
    list.push({ key: 'video', label: localize('tile.disable_video'), icon: 'video_off', path: paths.video_off, run: () => remote.disableVideo!() });
  }
  if (can.kickParticipant) {
    list.push({ key: 'kick', label: localize('tile.kick'), icon: 'person_remove', path: paths.person_remove, run: () => remote.kick!() });
  }
  return list;
}
