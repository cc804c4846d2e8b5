import { createDemoMeeting, type DemoMeeting, type DemoPresetName } from '../../src/demo/index.js';
import type { LeaveRoomState } from '../../src/meeting/media.js';
import type { DemoParticipant } from '../../src/demo/index.js';
import type { PresetUpdates } from '../../src/meeting/permissions.js';

/** Story args that describe the meeting behind a story. */
export interface DemoArgs {
  /** Remote people in the room. */
  people?: number;
  /** Permission preset of the local user. */
  preset?: DemoPresetName;
  /** Seed: same seed, same names and colours. */
  seed?: number;
  /** Join the meeting right away. */
  join?: boolean;
  /** After joining, leave with this reason (for ended screens). */
  leaveAs?: LeaveRoomState;
  /** Local microphone / camera on at the start. */
  audio?: boolean;
  video?: boolean;
  /** Put the local user in the waiting room on join. */
  waitingRoom?: boolean;
  /** Meeting title and local name. */
  title?: string;
  name?: string;
  /** Remote people talk and toggle their media on their own. */
  lively?: boolean;
  /** Permission changes applied once the meeting exists. */
  permissions?: PresetUpdates;
}

const presets: DemoPresetName[] = [
  'host',
  'participant',
  'webinar-host',
  'webinar-viewer',
  'livestream-host',
  'livestream-viewer',
  'audio-room',
];

/** Reasons a meeting can end for the local user, for `leaveAs` and ended screens. */
export const leaveReasons: LeaveRoomState[] = [
  'left',
  'ended',
  'kicked',
  'rejected',
  'disconnected',
  'failed',
];

/** Controls for the demo meeting's args; stories spread it into their `argTypes`. */
export const demoArgTypes = {
  people: {
    control: { type: 'range', min: 0, max: 30, step: 1 },
    description: 'Remote people in the room.',
  },
  preset: {
    control: 'select',
    options: presets,
    description: 'Permission preset of the local user.',
  },
  seed: { control: 'number', description: 'Same seed, same names and colours.' },
  join: { control: 'boolean', description: 'Join the meeting right away.' },
  leaveAs: {
    control: 'select',
    options: [undefined, ...leaveReasons],
    description: 'After joining, leave with this reason.',
  },
  audio: { control: 'boolean', description: 'Local microphone on at the start.' },
  video: { control: 'boolean', description: 'Local camera on at the start.' },
  waitingRoom: {
    control: 'boolean',
    description: 'Put the local user in the waiting room on join.',
  },
  title: { control: 'text', description: 'Meeting title.' },
  name: { control: 'text', description: 'Local name.' },
  lively: {
    control: 'boolean',
    description: 'Remote people talk and toggle their media on their own.',
  },
  permissions: {
    control: 'object',
    description: 'Permission changes applied once the meeting exists.',
  },
} as const;

const meetings = new Map<string, DemoMeeting>();

/**
 * The demo meeting for a story's args, created once per distinct args and joined (and left) as
 * asked. Stories call it inside `render`, so a story renders on its own, without decorators.
 */
export function demoMeeting(args: DemoArgs = {}): DemoMeeting {
  const key = JSON.stringify(args);
  let meeting = meetings.get(key);
  if (meeting) return meeting;
  const { join, leaveAs, permissions, ...options } = args;
  meeting = createDemoMeeting({ seed: 1, ...options });
  meetings.set(key, meeting);
  if (permissions) meeting.director.updatePermissions(permissions);
  if (join || leaveAs) {
    const joined = meeting;
    void joined
      .join()
      .then(() => (leaveAs ? joined.leave(leaveAs) : undefined))
      .catch(() => undefined);
  }
  return meeting;
}

/** Args of a single remote person, for tile stories. */
export interface PersonArgs extends DemoArgs {
  personName?: string;
  personAudio?: boolean;
  personVideo?: boolean;
  pinned?: boolean;
  /** The person keeps talking (speaking outline and `activeSpeaker` events). */
  speaking?: boolean;
}

/** Controls for a tile story's person. */
export const personArgTypes = {
  personName: { control: 'text', description: 'Name of the remote person.' },
  personAudio: { control: 'boolean', description: 'Their microphone is on.' },
  personVideo: { control: 'boolean', description: 'Their camera is on.' },
  pinned: { control: 'boolean', description: 'Pinned by the host.' },
  speaking: { control: 'boolean', description: 'They keep talking.' },
} as const;

const talking = new WeakSet<DemoParticipant>();

/** A remote person (in a meeting of their own) with the given name and media. */
export function demoPerson(args: PersonArgs = {}): {
  meeting: DemoMeeting;
  person: DemoParticipant;
} {
  const { personName, personAudio, personVideo, pinned, speaking, ...rest } = args;
  const meeting = demoMeeting({ ...rest, people: 0, join: true });
  const name = personName ?? 'Amara Okafor';
  const person =
    meeting.director.people.find((p) => p.name === name) ??
    meeting.director.addPerson({ name, audio: personAudio ?? true, video: personVideo ?? true });
  // A control changed on a person who already exists: apply it through the director's events.
  if (personAudio !== undefined && person.audioEnabled !== personAudio)
    meeting.director.setAudio(person.id, personAudio);
  if (personVideo !== undefined && person.videoEnabled !== personVideo)
    meeting.director.setVideo(person.id, personVideo);
  if (pinned && !person.isPinned) meeting.director.pin(person.id);
  if (pinned === false && person.isPinned) meeting.director.unpin(person.id);
  if (speaking && !talking.has(person)) {
    talking.add(person);
    // People speak only once the room is joined; an hour is "for as long as the story is open".
    const speak = () => meeting.director.speak(person.id, 60 * 60 * 1000);
    if (meeting.self.roomJoined) speak();
    else {
      const onJoined = () => {
        meeting.self.off('roomJoined', onJoined);
        speak();
      };
      meeting.self.on('roomJoined', onJoined);
    }
  }
  return { meeting, person };
}
