import type { MediaProductionPermission, ViewType } from '../meeting/media.js';
import type {
  ChatPrivatePermissions,
  ChatPublicPermissions,
  ConnectedMeetingsPermissions,
  Permissions,
  PermissionEvents,
  PluginPermissions,
  PollPermissions,
  PresetUpdates,
  ThemePreset,
  WaitingRoomBehaviour,
} from '../meeting/permissions.js';
import type { DemoPresetName } from './context.js';
import { DemoEmitter } from './emitter.js';

/** Every permission value, as plain data. */
export type PermissionData = {
  -readonly [K in Exclude<keyof Permissions, 'on' | 'off' | 'listenerCount'>]-?: Permissions[K];
} & { chatPrivate: ChatPrivatePermissions };

const HOST_PRESETS: readonly DemoPresetName[] = ['host', 'webinar-host', 'livestream-host'];

/** True when people with this preset are hosts. */
export function isHostPreset(name: string): boolean {
  return (HOST_PRESETS as readonly string[]).includes(name);
}

/** The view type a preset asks for. */
export function viewTypeOf(name: DemoPresetName): ViewType {
  if (name.startsWith('webinar')) return 'WEBINAR';
  if (name.startsWith('livestream')) return 'LIVESTREAM';
  if (name === 'audio-room') return 'AUDIO_ROOM';
  return 'GROUP_CALL';
}

/** The permission values of a built-in preset. */
export function permissionData(name: DemoPresetName): PermissionData {
  const host = isHostPreset(name);
  const view = viewTypeOf(name);
  const staged = view === 'WEBINAR' || view === 'LIVESTREAM';
  const viewer = name === 'webinar-viewer' || name === 'livestream-viewer';
  const media: MediaProductionPermission = viewer ? 'CAN_REQUEST' : 'ALLOWED';
  return {
    canProduceAudio: media,
    canProduceVideo: name === 'audio-room' ? 'NOT_ALLOWED' : media,
    canProduceScreenshare:
      name === 'livestream-viewer' || name === 'audio-room' ? 'NOT_ALLOWED' : media,
    requestProduceAudio: viewer,
    requestProduceVideo: viewer,
    requestProduceScreenshare: name === 'webinar-viewer',
    stageEnabled: staged,
    acceptStageRequests: staged && host,
    stageAccess: viewer ? 'CAN_REQUEST' : 'ALLOWED',
    acceptWaitingRequests: host,
    waitingRoomBehaviour: 'SKIP' as WaitingRoomBehaviour,
    canAllowParticipantAudio: host,
    canAllowParticipantVideo: host,
    canAllowParticipantScreensharing: host,
    canDisableParticipantAudio: host,
    canDisableParticipantVideo: host,
    kickParticipant: host,
    pinParticipant: !viewer,
    canSpotlight: host,
    canRecord: host,
    canLivestream: name === 'livestream-host',
    isRecorder: false,
    canEditDisplayName: true,
    hiddenParticipant: false,
    showParticipantList: true,
    canChangeParticipantPermissions: host,
    // Live captions and the transcript: people who take part in a call (not viewers of a
    // webinar or livestream, not an audio room).
    transcriptionEnabled: name === 'host' || name === 'participant' || name === 'webinar-host',
    polls: { canCreate: !viewer, canVote: true, canView: true } satisfies PollPermissions,
    plugins: {
      canClose: host,
      canStart: host,
      canEditConfig: host,
      config: {},
    } satisfies PluginPermissions,
    chatPublic: { canSend: true, text: true, files: true } satisfies ChatPublicPermissions,
    chatPrivate: { canSend: true, canReceive: true, text: true, files: true },
    connectedMeetings: {
      canAlterConnectedMeetings: host,
      canSwitchConnectedMeetings: host,
      canSwitchToParentMeeting: host,
    } satisfies ConnectedMeetingsPermissions,
    mediaRoomType: 'HIVE',
  };
}

/** The theme preset (`self.config`) of a built-in preset. */
export function themePreset(name: DemoPresetName, viewType: ViewType): ThemePreset {
  const staged = viewType === 'WEBINAR' || viewType === 'LIVESTREAM';
  return {
    name,
    viewType,
    setupScreen: { isEnabled: true },
    waitingRoom: { isEnabled: true },
    controlBar: {
      isEnabled: true,
      elements: {
        chat: true,
        fullscreen: true,
        invite: false,
        layout: !staged,
        participants: true,
        plugins: true,
        polls: true,
        reactions: true,
        screenshare: viewType !== 'AUDIO_ROOM',
      },
    },
    header: {
      isEnabled: true,
      elements: {
        logo: '',
        timer: true,
        title: true,
        participantCount: true,
        changeLayout: !staged,
      },
    },
    pipMode: false,
    maxVideoStreams: { mobile: 6, desktop: 9 },
    maxScreenShareCount: 1,
    designTokens: {
      borderRadius: 'rounded',
      borderWidth: 'thin',
      colors: {
        brand: { 300: '#844d1c', 400: '#9d5b22', 500: '#b56927', 600: '#d37c30', 700: '#d9904f' },
        background: {
          600: '#222222',
          700: '#1f1f1f',
          800: '#1b1b1b',
          900: '#181818',
          1000: '#141414',
        },
        danger: '#ff2d2d',
        success: '#62a504',
        warning: '#ffcd07',
        text: '#ffffff',
        textOnBrand: '#ffffff',
        videoBg: '#191919',
      },
      spacingBase: 4,
      theme: 'dark',
    },
  };
}

const MEDIA_ENUM: Record<number, MediaProductionPermission | undefined> = {
  1: 'ALLOWED',
  2: 'NOT_ALLOWED',
  3: 'CAN_REQUEST',
};

/**
 * `meeting.self.permissions`: read-only getters over the preset, and an emitter. The demo changes
 * it only through `apply`, which emits what the SDK emits on a server-side permission change.
 */
export class DemoPermissions extends DemoEmitter<PermissionEvents> implements Permissions {
  private data: PermissionData;

  constructor(data: PermissionData) {
    super();
    this.data = data;
  }

  get canProduceAudio() {
    return this.data.canProduceAudio;
  }
  get canProduceVideo() {
    return this.data.canProduceVideo;
  }
  get canProduceScreenshare() {
    return this.data.canProduceScreenshare;
  }
  get requestProduceAudio() {
    return this.data.requestProduceAudio;
  }
  get requestProduceVideo() {
    return this.data.requestProduceVideo;
  }
  get requestProduceScreenshare() {
    return this.data.requestProduceScreenshare;
  }
  get stageEnabled() {
    return this.data.stageEnabled;
  }
  get acceptStageRequests() {
    return this.data.acceptStageRequests;
  }
  get stageAccess() {
    return this.data.stageAccess;
  }
  get acceptWaitingRequests() {
    return this.data.acceptWaitingRequests;
  }
  get waitingRoomBehaviour() {
    return this.data.waitingRoomBehaviour;
  }
  get canAllowParticipantAudio() {
    return this.data.canAllowParticipantAudio;
  }
  get canAllowParticipantVideo() {
    return this.data.canAllowParticipantVideo;
  }
  get canAllowParticipantScreensharing() {
    return this.data.canAllowParticipantScreensharing;
  }
  get canDisableParticipantAudio() {
    return this.data.canDisableParticipantAudio;
  }
  get canDisableParticipantVideo() {
    return this.data.canDisableParticipantVideo;
  }
  get kickParticipant() {
    return this.data.kickParticipant;
  }
  get pinParticipant() {
    return this.data.pinParticipant;
  }
  get canSpotlight() {
    return this.data.canSpotlight;
  }
  get canRecord() {
    return this.data.canRecord;
  }
  get canLivestream() {
    return this.data.canLivestream;
  }
  get isRecorder() {
    return this.data.isRecorder;
  }
  get canEditDisplayName() {
    return this.data.canEditDisplayName;
  }
  get hiddenParticipant() {
    return this.data.hiddenParticipant;
  }
  get showParticipantList() {
    return this.data.showParticipantList;
  }
  get canChangeParticipantPermissions() {
    return this.data.canChangeParticipantPermissions;
  }
  get transcriptionEnabled() {
    return this.data.transcriptionEnabled;
  }
  get polls() {
    return this.data.polls;
  }
  get plugins() {
    return this.data.plugins;
  }
  get chatPublic() {
    return this.data.chatPublic;
  }
  get chatPrivate() {
    return this.data.chatPrivate;
  }
  get connectedMeetings() {
    return this.data.connectedMeetings;
  }
  get mediaRoomType() {
    return this.data.mediaRoomType;
  }

  /**
   * Applies a permission change and emits `permissionsUpdate(patch)`, then `chatUpdate`,
   * `pollsUpdate` / `pluginsUpdate` when those parts changed. Accepts the SDK's `PresetUpdates`
   * shape and, for convenience, any getter name with its new value (`{ canProduceAudio: 'ALLOWED' }`).
   */
  apply(patch: PresetUpdates): void {
    const next: PermissionData = { ...this.data };
    const direct = next as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
      if (key in this.data && key !== 'polls' && key !== 'plugins') direct[key] = value;
    }
    if (patch.polls) next.polls = { ...next.polls, ...patch.polls };
    if (patch.plugins) next.plugins = { ...next.plugins, ...patch.plugins };
    if (patch.chat?.public) next.chatPublic = { ...next.chatPublic, ...patch.chat.public };
    if (patch.chat?.private) next.chatPrivate = { ...next.chatPrivate, ...patch.chat.private };
    if (patch.disableParticipantAudio !== undefined)
      next.canDisableParticipantAudio = !!patch.disableParticipantAudio;
    if (patch.disableParticipantVideo !== undefined)
      next.canDisableParticipantVideo = !!patch.disableParticipantVideo;
    if (patch.canAcceptProductionRequests !== undefined)
      next.acceptStageRequests = !!patch.canAcceptProductionRequests;
    const media = patch.media as
      Partial<Record<'audio' | 'video' | 'screenshare', { canProduce?: number }>> | undefined;
    const produce = (kind: 'audio' | 'video' | 'screenshare') =>
      MEDIA_ENUM[media?.[kind]?.canProduce ?? 0];
    next.canProduceAudio = produce('audio') ?? next.canProduceAudio;
    next.canProduceVideo = produce('video') ?? next.canProduceVideo;
    next.canProduceScreenshare = produce('screenshare') ?? next.canProduceScreenshare;

    const before = this.data;
    this.data = next;
    this.emit('permissionsUpdate', patch);
    const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
    if (
      changed(before.chatPublic, next.chatPublic) ||
      changed(before.chatPrivate, next.chatPrivate)
    ) {
      this.emit('chatUpdate');
    }
    if (changed(before.polls, next.polls)) this.emit('pollsUpdate');
    if (changed(before.plugins, next.plugins)) this.emit('pluginsUpdate');
  }
}
