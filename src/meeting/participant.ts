import type { Emitter, Listener, Prepended } from './emitter.js';
import type { DeviceConfig, MediaScoreUpdate, ScreenShareTracks, StageStatus } from './media.js';
import type { SelfEvents } from './self.js';

/** Events of one remote participant. */
export type ParticipantEvents = {
  videoUpdate: (payload: { videoEnabled: boolean; videoTrack?: MediaStreamTrack }) => void;
  audioUpdate: (payload: { audioEnabled: boolean; audioTrack?: MediaStreamTrack }) => void;
  screenShareUpdate: (payload: {
    screenShareEnabled: boolean;
    screenShareTracks: ScreenShareTracks;
  }) => void;
  pinned: (participant: Participant) => void;
  unpinned: (participant: Participant) => void;
  stageStatusUpdate: (participant: Participant) => void;
  poorConnection: (payload: { score: number; kind: string }) => void;
  mediaScoreUpdate: (payload: MediaScoreUpdate) => void;
  kicked: () => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** The events both a remote participant and `meeting.self` emit: what a `Peer` can be heard on. */
export type PeerEvents = Pick<ParticipantEvents, keyof ParticipantEvents & keyof SelfEvents>;

/**
 * What a tile, a name tag or a list row needs of a person. Both remote participants and
 * `meeting.self` have this shape, so per-person components accept either.
 */
export interface Peer {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly picture?: string;
  readonly customParticipantId?: string;
  readonly presetName?: string;
  readonly audioEnabled: boolean;
  readonly videoEnabled: boolean;
  readonly screenShareEnabled: boolean;
  readonly audioTrack?: MediaStreamTrack;
  readonly videoTrack?: MediaStreamTrack;
  readonly screenShareTracks?: ScreenShareTracks;
  readonly stageStatus?: StageStatus;
  readonly isPinned: boolean;
  readonly device?: DeviceConfig;
  registerVideoElement(el: HTMLVideoElement, isPreview?: boolean): void;
  deregisterVideoElement(el?: HTMLVideoElement, isPreview?: boolean): void;
  pin(): Promise<void>;
  unpin(): Promise<void>;
  on(event: keyof PeerEvents & string, listener: Listener): unknown;
  off(event: keyof PeerEvents & string, listener: Listener): unknown;
}

/** A remote person in the meeting (never `self`). */
export interface Participant extends Emitter<ParticipantEvents> {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly picture: string;
  readonly customParticipantId?: string;
  readonly presetName?: string;
  readonly isHost: boolean;
  readonly flags: { [key: string]: string | boolean };
  readonly device: DeviceConfig;
  readonly audioEnabled: boolean;
  readonly videoEnabled: boolean;
  readonly screenShareEnabled: boolean;
  readonly audioTrack: MediaStreamTrack;
  readonly videoTrack: MediaStreamTrack;
  readonly screenShareTracks: ScreenShareTracks;
  readonly supportsRemoteControl: boolean;
  readonly stageStatus: StageStatus;
  readonly isPinned: boolean;
  pin(): Promise<void>;
  unpin(): Promise<void>;
  /** Host action: mute this person. */
  disableAudio(): Promise<void>;
  /** Host action: turn this person's camera off. */
  disableVideo(): Promise<void>;
  /** Host action: remove this person from the meeting. */
  kick(): Promise<void>;
  registerVideoElement(el: HTMLVideoElement): void;
  deregisterVideoElement(el?: HTMLVideoElement): void;
}

/** Events of a participant map itself. */
export type ParticipantMapOwnEvents<P = Participant> = {
  participantJoined: (participant: P) => void;
  participantLeft: (participant: P) => void;
  participantsCleared: () => void;
  participantsUpdate: () => void;
};

/**
 * Every event a participant map emits: its own, and each member's re-emitted with it first.
 * (`'*'` is left out: the SDK types it two incompatible ways on maps.)
 */
export type ParticipantMapEvents<P = Participant> = ParticipantMapOwnEvents<P> &
  Omit<Prepended<ParticipantEvents, P>, '*' | 'kicked'> & {
    kicked: (participantOrPayload: P | { id: string }) => void;
  };

/** A live map of participants keyed by peer id, that re-emits its members' events. */
export interface ParticipantMap<P = Participant> extends Emitter<ParticipantMapEvents<P>> {
  readonly size: number;
  get(id: string): P | undefined;
  has(id: string): boolean;
  toArray(): P[];
  values(): IterableIterator<P>;
  keys(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, P]>;
}

/** A person in the waiting room: no media. */
export type WaitlistedParticipant = Omit<
  Participant,
  'audioTrack' | 'videoTrack' | 'screenShareTracks'
>;
