import type { Emitter } from './emitter.js';
import type {
  DeviceConfig,
  LeaveRoomState,
  MediaPermissionKind,
  MediaPermissionState,
  MediaScoreUpdate,
  RoomState,
  ScreenShareTracks,
  StageStatus,
  VideoQualityConstraints,
} from './media.js';
import type { Permissions, ThemePreset } from './permissions.js';

/** Events of `meeting.self`. */
export type SelfEvents = {
  roomJoined: (payload: { reconnected: boolean }) => void;
  roomLeft: (payload: { state: LeaveRoomState }) => void;
  waitlisted: () => void;
  videoUpdate: (payload: { videoEnabled: boolean; videoTrack?: MediaStreamTrack }) => void;
  audioUpdate: (payload: { audioEnabled: boolean; audioTrack?: MediaStreamTrack }) => void;
  screenShareUpdate: (payload: {
    screenShareEnabled: boolean;
    screenShareTracks: ScreenShareTracks;
  }) => void;
  deviceUpdate: (payload: { device: MediaDeviceInfo }) => void;
  deviceListUpdate: (payload: {
    added: MediaDeviceInfo[];
    removed: MediaDeviceInfo[];
    devices: MediaDeviceInfo[];
  }) => void;
  mediaPermissionUpdate: (payload: {
    message: MediaPermissionState;
    kind: MediaPermissionKind;
  }) => void;
  mediaPermissionError: (payload: {
    message: MediaPermissionState;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constraints: any;
    kind: MediaPermissionKind;
  }) => void;
  mediaScoreUpdate: (payload: MediaScoreUpdate) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  pinned: (self: any) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  unpinned: (self: any) => void;
  toggleTile: (payload: { hidden: boolean }) => void;
  autoplayError: (error: Error) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** The local user (`meeting.self`). */
export interface Self extends Emitter<SelfEvents> {
  readonly id: string;
  readonly peerId: string;
  readonly userId: string;
  readonly name: string;
  readonly picture: string;
  readonly customParticipantId: string;
  readonly organizationId: string;
  readonly presetName: string;
  readonly device: DeviceConfig;
  readonly hidden: boolean;
  readonly waitlistStatus: 'accepted' | 'waiting' | 'rejected' | 'none';
  readonly roomState: RoomState;
  readonly roomJoined: boolean;
  readonly stageStatus: StageStatus;
  readonly isPinned: boolean;
  readonly permissions: Permissions;
  readonly config: ThemePreset;
  readonly audioEnabled: boolean;
  readonly videoEnabled: boolean;
  readonly screenShareEnabled: boolean;
  readonly audioTrack: MediaStreamTrack;
  readonly videoTrack: MediaStreamTrack;
  readonly rawAudioTrack: MediaStreamTrack;
  readonly rawVideoTrack: MediaStreamTrack;
  readonly screenShareTracks: ScreenShareTracks;
  readonly mediaPermissions: {
    audio?: MediaPermissionState;
    video?: MediaPermissionState;
    screenshare?: MediaPermissionState;
  };
  /** Synchronous; reaches other people only when called before joining. */
  setName(name: string): void;
  setupTracks(options?: { video?: boolean; audio?: boolean; forceReset?: boolean }): Promise<void>;
  enableAudio(customTrack?: MediaStreamTrack): Promise<void>;
  disableAudio(): Promise<void>;
  enableVideo(customTrack?: MediaStreamTrack): Promise<void>;
  disableVideo(): Promise<void>;
  enableScreenShare(): Promise<void>;
  disableScreenShare(): Promise<void>;
  updateVideoConstraints(constraints: VideoQualityConstraints): Promise<void>;
  getAllDevices(): Promise<MediaDeviceInfo[]>;
  getAudioDevices(): Promise<MediaDeviceInfo[]>;
  getVideoDevices(): Promise<MediaDeviceInfo[]>;
  getSpeakerDevices(): Promise<MediaDeviceInfo[]>;
  getCurrentDevices(): {
    audio?: MediaDeviceInfo;
    video?: MediaDeviceInfo;
    speaker?: MediaDeviceInfo;
  };
  setDevice(device: MediaDeviceInfo): Promise<void>;
  pin(): Promise<void>;
  unpin(): Promise<void>;
  hide(): Promise<void>;
  show(): void;
  registerVideoElement(el: HTMLVideoElement, isPreview?: boolean): void;
  deregisterVideoElement(el?: HTMLVideoElement, isPreview?: boolean): void;
  playAudio(): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  addVideoMiddleware(middleware: any): Promise<{ success: boolean; message: string }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  removeVideoMiddleware(middleware: any): Promise<{ success: boolean; message: string }>;
  /** Options of every video middleware (optional: older clients lack it). */
  setVideoMiddlewareGlobalConfig?(config?: {
    disablePerFrameCanvasRendering?: boolean;
  }): Promise<void>;
  /** Adds an audio middleware: `(audioContext) => Promise<AudioWorkletNode | ScriptProcessorNode>`, run on the microphone. */
  addAudioMiddleware?(middleware: AudioMiddleware): Promise<{ success: boolean; message: string }>;
  removeAudioMiddleware?(
    middleware: AudioMiddleware,
  ): Promise<{ success: boolean; message: string }>;
}

/** An audio middleware of the SDK: builds the node the microphone runs through. */
export type AudioMiddleware = (
  audioContext: AudioContext,
) => Promise<AudioWorkletNode | ScriptProcessorNode>;
