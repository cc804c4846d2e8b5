import type { Emitter } from './emitter.js';
import type { MediaScoreUpdate, StageStatus } from './media.js';
import type { Participant, ParticipantMap, WaitlistedParticipant } from './participant.js';
import type { PresetUpdates } from './permissions.js';

/** How the grid's set of active participants is chosen. */
export type ViewMode = 'ACTIVE_GRID' | 'PAGINATED' | 'MANUAL';

/** Payload of `viewModeChanged` / `pageChanged`. */
export interface PageInfo {
  viewMode: string;
  currentPage: number;
  pageCount: number;
}

/** Value of a broadcast message payload entry. */
export type BroadcastValue = boolean | number | string | Date | { type: string; id: string };

/** Who a broadcast goes to: people by peer id, everyone of some presets, or connected meetings. */
export type BroadcastTarget =
  { participantIds: string[] } | { presetNames: string[] } | { meetingIds: string[] };

/** Payload of `broadcastedMessage`: the sender's `type`, `payload` (as JSON carried it) and time. */
export interface BroadcastedMessage {
  type: string;
  payload: { [key: string]: BroadcastValue };
  timestamp: number;
}

/** Events of `meeting.participants`. */
export type ParticipantsEvents = {
  viewModeChanged: (payload: PageInfo) => void;
  pageChanged: (payload: PageInfo) => void;
  activeSpeaker: (payload: { peerId: string; volume: number }) => void;
  broadcastedMessage: (payload: BroadcastedMessage) => void;
  poorConnection: (payload: { participantId: string; score: number; kind: string }) => void;
  mediaScoreUpdate: (payload: MediaScoreUpdate) => void;
  media_decode_error: (payload: { reason: string; code: '1702' | '1703' }) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Someone who has ever been in the meeting (`participants.all`). */
export interface BasicParticipant {
  userId: string;
  name?: string;
  picture?: string;
  customParticipantId: string;
}

/** A peer seen before joining (`getParticipantsInMeetingPreJoin`). */
export interface PreJoinPeer {
  peerId: string;
  userId: string;
  displayName: string;
  // A numeric enum in the SDK.
  stageType?: StageStatus | string | number;
  customParticipantId?: string;
  presetId?: string;
  displayPictureUrl?: string;
  waitlisted: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  flags?: any;
}

/** Picture-in-picture controller (`participants.pip`). */
export interface Pip extends Emitter<{
  cameraToggled: () => void;
  micToggled: () => void;
  hangup: () => void;
  pipStarted: () => void;
  pipEnded: () => void;
  '*': (event: string, ...args: unknown[]) => void;
}> {
  isSupported(): boolean;
  readonly isActive: boolean;
  init(options?: { height?: number; width?: number }): void;
  enable(): void;
  disable(partial?: boolean): void;
  /** Adds a tile: a participant's id, a `<video>` playing their camera, whether it shows. */
  addSource?(
    id: string,
    element: HTMLVideoElement,
    enabled: boolean,
    pinned?: boolean,
    displayText?: string,
    imageUrl?: string,
    handRaised?: boolean,
  ): void;
  removeSource?(id: string): void;
  removeAllSources?(): void;
  enableSource?(id: string): void;
  disableSource?(id: string): void;
  /** Replaces the picture-in-picture window's `pin` or `handRaise` icon (SVG markup). */
  overrideIcon?(icon: 'handRaise' | 'pin', value: string): Promise<void>;
}

/** Everyone else in the meeting (`meeting.participants`). */
export interface Participants extends Emitter<ParticipantsEvents> {
  /** Everyone in the meeting except self. */
  readonly joined: ParticipantMap;
  /** Who should be on screen now (the grid). */
  readonly active: ParticipantMap;
  /** The waiting room. */
  readonly waitlisted: ParticipantMap<WaitlistedParticipant>;
  readonly pinned: ParticipantMap;
  readonly videoSubscribed?: ParticipantMap;
  readonly audioSubscribed?: ParticipantMap;
  readonly all?: {
    get(id: string): BasicParticipant | undefined;
    toArray(): BasicParticipant[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    on(event: 'participantsUpdate', listener: () => void): any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    off(event: 'participantsUpdate', listener: () => void): any;
  };
  readonly pip?: Pip;
  /** Joined count, self not included. */
  readonly count: number;
  readonly viewMode: ViewMode;
  readonly currentPage: number;
  readonly pageCount: number;
  readonly maxActiveParticipantsCount: number;
  readonly lastActiveSpeaker: string;
  /** How often `broadcastMessage` may be called: `maxInvocations` per `period` seconds (SDK: 5 per 1). */
  readonly rateLimits?: { maxInvocations: number; period: number };
  setViewMode(mode: ViewMode): Promise<void>;
  setPage(page: number): Promise<void>;
  setMaxActiveParticipantsCount(limit: number): void;
  getPeerIdsForCurrentPage(): string[];
  /** Synchronous in the SDK. */
  acceptWaitingRoomRequest(id: string): void;
  acceptAllWaitingRoomRequest(userIds: string[]): Promise<void>;
  rejectWaitingRoomRequest(id: string): Promise<void>;
  disableAllAudio(allowUnmute: boolean): Promise<void>;
  disableAllVideo(): Promise<void>;
  kickAll(): Promise<void>;
  broadcastMessage(
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): Promise<void>;
  updatePermissions(participantIds: string[], patch: PresetUpdates): Promise<void>;
  getParticipantsInMeetingPreJoin?(): Promise<{ peers: PreJoinPeer[] }>;
}

export type { Participant, ParticipantMap, WaitlistedParticipant };
