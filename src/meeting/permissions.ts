import type { Emitter } from './emitter.js';
import type { MediaProductionPermission, ViewType } from './media.js';

/** Public chat permissions. */
export interface ChatPublicPermissions {
  canSend: boolean;
  text: boolean;
  files: boolean;
}

/** Private chat permissions. */
export interface ChatPrivatePermissions extends ChatPublicPermissions {
  canReceive: boolean;
}

/** Poll permissions. */
export interface PollPermissions {
  canCreate: boolean;
  canVote: boolean;
  canView: boolean;
}

/** Plugin permissions. */
export interface PluginPermissions {
  canClose: boolean;
  canStart: boolean;
  canEditConfig?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  config?: { [pluginId: string]: any };
}

/** Breakout-room permissions. */
export interface ConnectedMeetingsPermissions {
  canAlterConnectedMeetings: boolean;
  canSwitchConnectedMeetings: boolean;
  canSwitchToParentMeeting: boolean;
}

/** Waiting-room behaviour of a preset. */
export type WaitingRoomBehaviour = 'SKIP' | 'ON_PRIVILEGED_USER_ENTRY' | 'SKIP_ON_ACCEPT';

/** A partial permission change, as carried by `permissionsUpdate`. All fields optional. */
export interface PresetUpdates {
  polls?: Partial<PollPermissions>;
  plugins?: Partial<Pick<PluginPermissions, 'canClose' | 'canStart'>>;
  chat?: {
    public?: Partial<ChatPublicPermissions>;
    private?: Partial<ChatPrivatePermissions>;
  };
  acceptWaitingRequests?: boolean;
  canAcceptProductionRequests?: boolean;
  canEditDisplayName?: boolean;
  canRecord?: boolean;
  canLivestream?: boolean;
  canSpotlight?: boolean;
  disableParticipantAudio?: boolean;
  disableParticipantScreensharing?: boolean;
  disableParticipantVideo?: boolean;
  kickParticipant?: boolean;
  pinParticipant?: boolean;
  transcriptionEnabled?: boolean;
  hiddenParticipant?: boolean;
  showParticipantList?: boolean;
  canChangeParticipantPermissions?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;
}

/** Events of `self.permissions`. */
export type PermissionEvents = {
  chatUpdate: () => void;
  pollsUpdate: () => void;
  pluginsUpdate: () => void;
  permissionsUpdate: (patch: PresetUpdates) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** What the local user may do (`meeting.self.permissions`). */
export interface Permissions extends Emitter<PermissionEvents> {
  readonly canProduceAudio: MediaProductionPermission;
  readonly canProduceVideo: MediaProductionPermission;
  readonly canProduceScreenshare: MediaProductionPermission;
  readonly requestProduceAudio: boolean;
  readonly requestProduceVideo: boolean;
  readonly requestProduceScreenshare: boolean;
  readonly stageEnabled: boolean;
  readonly acceptStageRequests: boolean;
  readonly stageAccess: MediaProductionPermission;
  readonly acceptWaitingRequests: boolean;
  readonly waitingRoomBehaviour: WaitingRoomBehaviour;
  readonly canAllowParticipantAudio: boolean;
  readonly canAllowParticipantVideo: boolean;
  readonly canAllowParticipantScreensharing: boolean;
  readonly canDisableParticipantAudio: boolean;
  readonly canDisableParticipantVideo: boolean;
  readonly kickParticipant: boolean;
  readonly pinParticipant: boolean;
  readonly canSpotlight: boolean;
  readonly canRecord: boolean;
  readonly canLivestream: boolean;
  readonly isRecorder: boolean;
  readonly canEditDisplayName: boolean;
  readonly hiddenParticipant: boolean;
  readonly showParticipantList: boolean;
  readonly canChangeParticipantPermissions: boolean;
  readonly transcriptionEnabled: boolean;
  readonly polls: PollPermissions;
  readonly plugins: PluginPermissions;
  readonly chatPublic: ChatPublicPermissions;
  readonly chatPrivate?: ChatPrivatePermissions;
  readonly connectedMeetings: ConnectedMeetingsPermissions;
  readonly mediaRoomType: string;
}

/** Brand colours of a preset's design tokens. */
export interface PresetColors {
  brand: { [shade: string]: string };
  background: { [shade: string]: string };
  danger: string;
  success: string;
  warning: string;
  text: string;
  textOnBrand: string;
  videoBg: string;
}

/** The look and layout a preset asks for (`meeting.self.config`). Not an emitter. */
export interface ThemePreset {
  readonly name: string;
  readonly viewType: ViewType;
  readonly setupScreen: { isEnabled: boolean };
  readonly waitingRoom: { isEnabled: boolean };
  readonly controlBar: {
    isEnabled: boolean;
    elements?: {
      chat?: boolean;
      fullscreen?: boolean;
      invite?: boolean;
      layout?: boolean;
      participants?: boolean;
      plugins?: boolean;
      polls?: boolean;
      reactions?: boolean;
      screenshare?: boolean;
    };
  };
  readonly header: {
    isEnabled: boolean;
    elements: {
      logo: string;
      timer: boolean;
      title: boolean;
      participantCount: boolean;
      changeLayout: boolean;
    };
  };
  readonly pipMode: boolean;
  readonly maxVideoStreams: { mobile: number; desktop: number };
  readonly maxScreenShareCount: number;
  readonly designTokens: {
    borderRadius: string;
    borderWidth: string;
    colors: PresetColors;
    fontFamily?: string;
    googleFont?: string;
    logo?: string;
    spacingBase: number;
    theme: string;
  };
}
