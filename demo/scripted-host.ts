/**
 * The demo page's scripted host: the person on the other side who, in a real meeting, lets you in
 * from the waiting room and starts the livestream you came to watch. Without it the demo meeting
 * waits for ever in both places (it only does what its director is told). The page shows what the
 * host is about to do (`pending`, `dueAt`), with a button to make it happen now.
 */
import type { DemoMeeting } from '../src/demo/index.js';

/** What the scripted host is about to do, if anything. */
export type HostAction = 'admit' | 'stream';

export interface ScriptedHostOptions {
  /** How long after you knock the host lets you in (ms). */
  admitAfterMs?: number;
  /** How long after a livestream viewer joins an idle stream the host starts it (ms). */
  streamAfterMs?: number;
  /** The URL the host streams to (one that plays); the demo's default never loads. */
  playbackUrl?: () => string | undefined;
  /** Called whenever `pending` changes. */
  onChange?: () => void;
}

export interface ScriptedHost {
  /** What the host does next (and `dueAt`, when), or `undefined`. */
  readonly pending: HostAction | undefined;
  /** When the pending action happens (`Date.now()` time). */
  readonly dueAt: number;
  /** Does the pending action at once. */
  now(): void;
  /** Cancels what is pending and stops listening to the meeting. */
  stop(): void;
}

/** Starts the scripted host for `meeting` (a demo meeting, before or after it is joined). */
export function scriptHost(meeting: DemoMeeting, options: ScriptedHostOptions = {}): ScriptedHost {
  const { admitAfterMs = 5000, streamAfterMs = 4000, playbackUrl, onChange } = options;
  let pending: HostAction | undefined;
  let dueAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    pending = undefined;
    onChange?.();
  };
  const act = (action: HostAction) => {
    cancel();
    if (action === 'admit') meeting.director.admitSelf();
    else meeting.director.livestream?.start(playbackUrl?.());
  };
  const schedule = (action: HostAction, ms: number) => {
    clearTimeout(timer);
    pending = action;
    dueAt = Date.now() + ms;
    timer = setTimeout(() => act(action), ms);
    onChange?.();
  };

  /** A livestream viewer (no `canLivestream`) is in, and nobody is streaming. */
  const viewerWaitsForStream = () =>
    meeting.self.roomState === 'joined' &&
    meeting.livestream?.state === 'IDLE' &&
    !meeting.self.permissions.canLivestream;

  const onWaitlisted = () => schedule('admit', admitAfterMs);
  const onJoined = () => {
    if (viewerWaitsForStream()) schedule('stream', streamAfterMs);
    else if (pending === 'admit') cancel();
  };
  const onLeft = () => cancel();
  const onStreamUpdate = () => {
    if (pending === 'stream' && !viewerWaitsForStream()) cancel();
  };

  meeting.self.on('waitlisted', onWaitlisted);
  meeting.self.on('roomJoined', onJoined);
  meeting.self.on('roomLeft', onLeft);
  meeting.livestream?.on('livestreamUpdate', onStreamUpdate);
  if (meeting.self.roomState === 'waitlisted') onWaitlisted();
  else if (meeting.self.roomState === 'joined') onJoined();

  return {
    get pending() {
      return pending;
    },
    get dueAt() {
      return dueAt;
    },
    now() {
      if (pending) act(pending);
    },
    stop() {
      cancel();
      meeting.self.off('waitlisted', onWaitlisted);
      meeting.self.off('roomJoined', onJoined);
      meeting.self.off('roomLeft', onLeft);
      meeting.livestream?.off('livestreamUpdate', onStreamUpdate);
    },
  };
}
