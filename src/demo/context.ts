import type { Permissions } from '../meeting/permissions.js';
import type { RoomState, StageStatus, ViewType } from '../meeting/media.js';
import type { DemoEmitter } from './emitter.js';

/** Names of the built-in permission presets. */
export type DemoPresetName =
  | 'host'
  | 'participant'
  | 'webinar-host'
  | 'webinar-viewer'
  | 'livestream-host'
  | 'livestream-viewer'
  | 'audio-room';

/** Options of `createDemoMeeting`. Every field is optional. */
export interface DemoMeetingOptions {
  /** Remote people in the room when self joins (default 3). */
  people?: number;
  /** Permission preset of the local user (default `'host'`). */
  preset?: DemoPresetName;
  /** Seed for names, colours and scripted behaviour (default 1). Same seed, same meeting. */
  seed?: number;
  /** Local user's name (default "You"). */
  name?: string;
  /** Meeting title (default "Demo meeting"). */
  title?: string;
  /** Overrides the preset's view type. */
  viewType?: ViewType;
  /** Milliseconds each meeting call takes before it settles (default 25; tests use 0). */
  latency?: number;
  /** Start with the local microphone / camera on when joining (default true / true). */
  audio?: boolean;
  video?: boolean;
  /** Put self in the waiting room on join until a director accepts (default false). */
  waitingRoom?: boolean;
  /** Chat messages already in the room when self joins (default 0). */
  chatHistory?: number;
  /** Use `getUserMedia` for the local camera and microphone (default false: synthetic tracks). */
  realLocalMedia?: boolean;
  /** Make remote people talk, toggle media and chat on their own (default false). */
  lively?: boolean;
  /** Language of what people say in the live transcript (`en`, `de`, `ar`; default `en`). */
  language?: string;
}

/** Options with every default applied. */
export type ResolvedDemoOptions = Required<DemoMeetingOptions>;

/** A remote person, as the modules see them (the demo's participant object has these fields). */
export interface DemoPersonView {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly picture: string;
  readonly presetName: string;
  readonly stageStatus: StageStatus;
}

/**
 * What the core of the demo meeting gives each feature module (chat, polls, stage, recording,
 * livestream, plugins). The core builds one and passes it to every module's constructor.
 */
export interface DemoContext {
  readonly options: ResolvedDemoOptions;
  /** Seeded random number in [0, 1). */
  random(): number;
  /** Milliseconds since the epoch (the demo's clock). */
  now(): number;
  /** Resolves after the configured latency: await it before a call settles. */
  latency(): Promise<void>;
  /** Runs `fn` after `ms` milliseconds; cancelled when the meeting is destroyed. */
  later(fn: () => void, ms: number): void;
  /** The local user. */
  readonly self: {
    readonly id: string;
    readonly userId: string;
    readonly name: string;
    readonly roomState: RoomState;
    readonly stageStatus: StageStatus;
    readonly permissions: Permissions;
  };
  /** Remote people currently joined. */
  people(): DemoPersonView[];
  personByUserId(userId: string): DemoPersonView | undefined;
  personByPeerId(peerId: string): DemoPersonView | undefined;
  /**
   * Sets the stage status of self (`who === 'self'`) or a remote person, emitting what the SDK
   * emits: `stageStatusUpdate` on the participant (re-emitted by the maps) or, for self, on
   * `meeting.stage` (the stage module calls this and emits its own events itself).
   */
  setStageStatus(who: 'self' | string, status: StageStatus): void;
  /** The meeting's top-level emitters, for modules that need to react to room changes. */
  readonly selfEmitter: DemoEmitter;
}

/** What every feature module offers the core. */
export interface DemoModule<Script extends object = object> {
  /** Director methods that script this module (attached as `director.<module>`). */
  readonly script: Script;
  /** Called right after self joins (load history without events, etc.). */
  roomJoined?(): void;
  /** Called when self leaves the room for any reason. */
  roomLeft?(): void;
  /** Called by `meeting.destroy()`: release object URLs and the like. */
  destroy?(): void;
  /** Called when someone (`peerId`, self's id for self) starts talking for `ms`. */
  spoke?(peerId: string, ms: number): void;
}
