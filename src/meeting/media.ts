/** Media, devices and connection values shared by several modules. */

/** State of a media permission, as the SDK reports it in `mediaPermissionUpdate`. */
export type MediaPermissionState =
  | 'NOT_REQUESTED'
  | 'ACCEPTED'
  | 'DENIED'
  | 'SYSTEM_DENIED'
  | 'COULD_NOT_START'
  | 'NO_DEVICES_AVAILABLE'
  | 'CANCELED';

/** The kinds of local media a permission can be about. */
export type MediaPermissionKind = 'audio' | 'video' | 'screenshare';

/** Whether a preset lets the user produce a kind of media. */
export type MediaProductionPermission = 'ALLOWED' | 'NOT_ALLOWED' | 'CAN_REQUEST';

/** Browser and platform of a participant. */
export interface DeviceConfig {
  browserName: string;
  browserVersion: string;
  isMobile: boolean;
  engineName: string;
  osName: string;
}

/** Screen-share tracks of a participant (either may be missing). */
export interface ScreenShareTracks {
  audio?: MediaStreamTrack;
  video?: MediaStreamTrack;
}

/** Per-producer/consumer quality score payload, every few seconds while media flows. */
export interface MediaScoreUpdate {
  kind: 'audio' | 'video' | string;
  isScreenshare: boolean;
  /** 0 (unusable) to 10 (perfect). */
  score: number;
  participantId: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  scoreStats?: any;
}

/** Video constraints accepted by `updateVideoConstraints`. */
export interface VideoQualityConstraints {
  width: { ideal: number };
  height: { ideal: number };
  frameRate?: { ideal: number };
}

/** Why the user left the room (the `roomLeft` state). */
export type LeaveRoomState =
  | 'kicked'
  | 'ended'
  | 'left'
  | 'rejected'
  | 'connected-meeting'
  | 'disconnected'
  | 'failed'
  | 'stageLeft';

/** Where the local user is in the room lifecycle. */
export type RoomState = 'init' | 'joined' | 'waitlisted' | LeaveRoomState;

/** A person's place relative to the stage of a webinar or livestream. */
export type StageStatus =
  'OFF_STAGE' | 'REQUESTED_TO_JOIN_STAGE' | 'ACCEPTED_TO_JOIN_STAGE' | 'ON_STAGE';

/** Layout family of the meeting. */
export type ViewType = 'GROUP_CALL' | 'WEBINAR' | 'AUDIO_ROOM' | 'LIVESTREAM' | 'CHAT';
