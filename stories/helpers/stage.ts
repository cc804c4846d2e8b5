import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import type { DemoArgs } from './demo.js';

/** Story args that set the stage: someone pinned, someone sharing, pages. */
export interface StageArgs extends DemoArgs {
  /** The first remote person is pinned. */
  pinFirst?: boolean;
  /** The first remote person shares their screen. */
  shareFirst?: boolean;
  /** The grid pages (`PAGINATED` view mode). */
  paginated?: boolean;
  /** The first remote person keeps talking. */
  speakFirst?: boolean;
}

/** Controls for the stage args. */
export const stageArgTypes = {
  pinFirst: { control: 'boolean', description: 'The first remote person is pinned.' },
  shareFirst: { control: 'boolean', description: 'The first remote person shares their screen.' },
  paginated: { control: 'boolean', description: 'The grid pages (PAGINATED view mode).' },
  speakFirst: { control: 'boolean', description: 'The first remote person keeps talking.' },
} as const;

const meetings = new Map<string, DemoMeeting>();

/**
 * The demo meeting for `args`, with the stage set as soon as the local user is in the room. The
 * stage args are part of the meeting's key, so each situation gets a meeting of its own.
 */
export function stageMeeting(args: StageArgs = {}): DemoMeeting {
  const key = JSON.stringify(args);
  const known = meetings.get(key);
  if (known) return known;
  const {
    pinFirst,
    shareFirst,
    paginated,
    speakFirst,
    join,
    leaveAs: _leaveAs,
    permissions,
    ...options
  } = args;
  const meeting = createDemoMeeting({ seed: 1, ...options });
  meetings.set(key, meeting);
  if (permissions) meeting.director.updatePermissions(permissions);
  const apply = () => {
    const first = meeting.director.people[0];
    if (first && pinFirst) meeting.director.pin(first.id);
    if (first && shareFirst) meeting.director.setScreenShare(first.id, true);
    if (first && speakFirst) meeting.director.speak(first.id, 60 * 60 * 1000);
    if (paginated) void meeting.participants.setViewMode('PAGINATED').catch(() => undefined);
  };
  if (meeting.self.roomJoined) apply();
  else {
    const onJoined = () => {
      meeting.self.off('roomJoined', onJoined);
      apply();
    };
    meeting.self.on('roomJoined', onJoined);
  }
  if (join) void meeting.join().catch(() => undefined);
  return meeting;
}
