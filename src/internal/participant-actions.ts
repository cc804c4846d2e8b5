import type { Meeting } from '../meeting/meeting.js';
import type { Participant, Peer } from '../meeting/participant.js';

/**
 * What the local user can do to a person, in the order menus list them:
 *
 * - `pin` / `unpin`: pin the person for everyone (`person.pin()` / `unpin()`).
 * - `hide`: hide the local user's own tile, on this device only (`self.hide()`).
 * - `mute`: turn their microphone off (`participant.disableAudio()`).
 * - `video`: turn their camera off (`participant.disableVideo()`).
 * - `stage`: take them off the stage (`stage.kick([userId])`).
 * - `kick`: remove them from the meeting (`participant.kick()`).
 *
 * The kind is also what a menu item carries in `data-action`.
 */
export type ParticipantActionKind = 'pin' | 'unpin' | 'hide' | 'mute' | 'video' | 'stage' | 'kick';

/** One thing the local user may do to a person now. */
export interface ParticipantAction {
  /** Which action. */
  readonly kind: ParticipantActionKind;
  /** Calls the meeting. The caller awaits it and reports a rejection (`ActionController`). */
  readonly run: () => Promise<unknown>;
}

/** A person as a menu may hold them: the local user or a remote participant. */
type Person = Peer & Partial<Pick<Participant, 'disableAudio' | 'disableVideo' | 'kick'>>;

/**
 * The actions the local user may take on `person` now: the one rule behind the participant tile's
 * menu and the participants list's rows, so both always offer the same. Pure: it reads the
 * meeting and calls nothing (each action's `run` does, when chosen).
 *
 * Nothing before the local user has joined. Otherwise, each with its permission from
 * `meeting.self.permissions` and only when the meeting offers the call (a partial meeting hides
 * what it cannot do):
 *
 * - anyone, the local user included: `pin` or `unpin` (`pinParticipant`);
 * - the local user: `hide`, while their tile is shown;
 * - anyone else: `mute` while their microphone is on (`canDisableParticipantAudio`), `video`
 *   while their camera is on (`canDisableParticipantVideo`), `stage` while they are on the stage
 *   of a meeting that has one (`stageEnabled` and `acceptStageRequests`; in a group call everyone
 *   is "on stage" and there is nothing to take them off), and `kick` (`kickParticipant`).
 *
 * The result changes with the person's `audioUpdate`, `videoUpdate`, `pinned`, `unpinned` and
 * `stageStatusUpdate`, the local user's `toggleTile`, and `permissionsUpdate`: a component that
 * shows it listens to those.
 */
export function participantActions(
  meeting: Meeting | undefined,
  person: Peer | undefined,
): readonly ParticipantAction[] {
  const self = meeting?.self;
  if (!meeting || !self?.roomJoined || !person) return [];
  const can: Partial<Meeting['self']['permissions']> = self.permissions ?? {};
  const p = person as Person;
  const actions: ParticipantAction[] = [];
  if (can.pinParticipant) {
    if (p.isPinned && typeof p.unpin === 'function')
      actions.push({ kind: 'unpin', run: () => p.unpin() });
    if (!p.isPinned && typeof p.pin === 'function')
      actions.push({ kind: 'pin', run: () => p.pin() });
  }
  if (p === self || p.id === self.id) {
    if (!self.hidden && typeof self.hide === 'function')
      actions.push({ kind: 'hide', run: () => self.hide() });
    return actions;
  }
  if (can.canDisableParticipantAudio && p.audioEnabled && typeof p.disableAudio === 'function') {
    actions.push({ kind: 'mute', run: () => p.disableAudio!() });
  }
  if (can.canDisableParticipantVideo && p.videoEnabled && typeof p.disableVideo === 'function') {
    actions.push({ kind: 'video', run: () => p.disableVideo!() });
  }
  const stage = meeting.stage;
  if (
    can.stageEnabled &&
    can.acceptStageRequests &&
    p.stageStatus === 'ON_STAGE' &&
    typeof stage?.kick === 'function'
  ) {
    actions.push({ kind: 'stage', run: () => stage.kick([p.userId]) });
  }
  if (can.kickParticipant && typeof p.kick === 'function') {
    actions.push({ kind: 'kick', run: () => p.kick!() });
  }
  return actions;
}
