import type { DeviceConfig, ScreenShareTracks, StageStatus } from '../meeting/media.js';
import type { Participant, ParticipantEvents } from '../meeting/participant.js';
import type { DemoPresetName } from './context.js';
import { DemoEmitter } from './emitter.js';
import { DemoClientError } from './errors.js';
import { VideoSink, type Voice } from './media.js';
import { permissionData } from './presets.js';
import type { DemoRoom } from './room.js';

/** What the core knows about a new remote person. */
export interface DemoPersonInit {
  id: string;
  userId: string;
  name: string;
  colour: string;
  presetName: string;
  isHost: boolean;
  audio: boolean;
  video: boolean;
  stageStatus: StageStatus;
  /** Base pitch of their synthetic voice, in Hz. */
  pitch: number;
}

const DEVICE: DeviceConfig = {
  browserName: 'Chrome',
  browserVersion: '131.0.0.0',
  isMobile: false,
  engineName: 'Blink',
  osName: 'macOS',
};

/** The SDK returns no track for media that is off; our contract types the getter as a track. */
const NO_TRACK = undefined as unknown as MediaStreamTrack;

/**
 * A remote person (`Participant`). Media is synthetic and created on first use; the `set*`
 * methods are the demo's "server side" and emit exactly what the SDK emits.
 */
export class DemoParticipant extends DemoEmitter<ParticipantEvents> implements Participant {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly picture = '';
  readonly customParticipantId: string;
  readonly presetName: string;
  readonly isHost: boolean;
  readonly flags: { [key: string]: string | boolean } = {};
  readonly device: DeviceConfig = DEVICE;
  readonly supportsRemoteControl = false;
  readonly producers: unknown[] = [];
  readonly manualProducerConfig = {
    audio: true,
    video: true,
    screenshareAudio: true,
    screenshareVideo: true,
  };
  /** Tile colour of this person (demo only). */
  readonly colour: string;
  /** Join order, for stable grid ordering (demo only). */
  order = 0;
  /** When this person last spoke, in ms since the epoch (demo only; drives the active grid). */
  lastSpokeAt = 0;
  audioEnabled: boolean;
  videoEnabled: boolean;
  screenShareEnabled = false;
  private stage: StageStatus;
  private pinned = false;
  private voice: Voice | undefined;
  private camera: MediaStreamTrack | undefined;
  private screen: MediaStreamTrack | undefined;
  /** Whether the current screen share carries audio (demo: `setScreenShare(true, { audio: true })`). */
  private screenWithAudio = false;
  private screenVoice: Voice | undefined;
  private readonly pitch: number;
  private readonly sink = new VideoSink(() => this.videoTrack);

  constructor(
    private readonly room: DemoRoom,
    init: DemoPersonInit,
  ) {
    super();
    this.id = init.id;
    this.userId = init.userId;
    this.name = init.name;
    this.customParticipantId = `demo-${init.userId.slice(0, 8)}`;
    this.colour = init.colour;
    this.presetName = init.presetName;
    this.isHost = init.isHost;
    this.audioEnabled = init.audio;
    this.videoEnabled = init.video;
    this.stage = init.stageStatus;
    this.pitch = init.pitch;
  }

  get stageStatus(): StageStatus {
    return this.stage;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  get audioTrack(): MediaStreamTrack {
    if (!this.audioEnabled) return NO_TRACK;
    this.voice ??= this.room.media.voice(this.pitch);
    return this.voice?.track ?? NO_TRACK;
  }

  get videoTrack(): MediaStreamTrack {
    if (!this.videoEnabled) return NO_TRACK;
    if (!this.camera || this.camera.readyState === 'ended') {
      this.camera = this.room.media.camera({ name: this.name, colour: this.colour });
    }
    return this.camera;
  }

  get screenShareTracks(): ScreenShareTracks {
    if (!this.screenShareEnabled) return {};
    if (!this.screen || this.screen.readyState === 'ended') {
      this.screen = this.room.media.screen(`${this.name} is presenting`, this.colour);
    }
    if (!this.screenWithAudio) return { video: this.screen };
    this.screenVoice ??= this.room.media.voice(this.pitch * 2);
    return this.screenVoice
      ? { video: this.screen, audio: this.screenVoice.track }
      : { video: this.screen };
  }

  /** Pins this person for self (one pinned person at a time, as in the SDK). */
  async pin(): Promise<void> {
    this.assertJoined('Can`t pin participant without joining room');
    if (!this.room.self.permissions.pinParticipant)
      throw new DemoClientError('1201', 'You do not have permission to pin participants.');
    await this.room.latency();
    this.room.pin(this);
  }

  async unpin(): Promise<void> {
    this.assertJoined('Can`t unpin participant without joining room');
    if (!this.room.self.permissions.pinParticipant)
      throw new DemoClientError('1201', 'You do not have permission to unpin participants.');
    await this.room.latency();
    if (this.pinned) this.room.pin(null);
  }

  /** Host action: mutes this person. */
  async disableAudio(): Promise<void> {
    this.assertJoined('Can`t disable participant audio without joining room');
    if (!this.room.self.permissions.canDisableParticipantAudio) {
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to disable participant audio.',
      );
    }
    await this.room.latency();
    this.setAudio(false);
  }

  /** Host action: turns this person's camera off. */
  async disableVideo(): Promise<void> {
    this.assertJoined('Can`t disable participant video without joining room');
    if (!this.room.self.permissions.canDisableParticipantVideo) {
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to disable participant video.',
      );
    }
    await this.room.latency();
    this.setVideo(false);
  }

  /** Host action: removes this person (`kicked`, then `participantLeft` on the maps). */
  async kick(): Promise<void> {
    this.assertJoined('Can`t kick participant without joining room');
    if (!this.room.self.permissions.kickParticipant) {
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to kick participants.',
      );
    }
    await this.room.latency();
    this.room.removePerson(this.id, true);
  }

  /** The chat, polls and plugins permissions of this person's preset. */
  async getPermissions() {
    const data = permissionData(
      (this.presetName in PRESET_NAMES ? this.presetName : 'participant') as DemoPresetName,
    );
    return {
      chat: { public: data.chatPublic, private: data.chatPrivate },
      polls: data.polls,
      plugins: data.plugins,
    };
  }

  /** `<video>` elements showing this person's camera now (demo only: `director.activeVideoConsumers()`). */
  get videoConsumers(): number {
    return this.sink.playing;
  }

  registerVideoElement(el: HTMLVideoElement): void {
    this.sink.register(el);
  }

  deregisterVideoElement(el?: HTMLVideoElement): void {
    this.sink.deregister(el);
  }

  // ---- The demo's "server side": state changes with the SDK's events. ----

  /** Turns the microphone on or off; emits `audioUpdate`. */
  setAudio(on: boolean): void {
    if (this.audioEnabled === on) return;
    this.audioEnabled = on;
    if (!on) this.voice?.silence();
    this.emit(
      'audioUpdate',
      on ? { audioEnabled: true, audioTrack: this.audioTrack } : { audioEnabled: false },
    );
  }

  /** Turns the camera on or off; emits `videoUpdate` and updates registered `<video>`s. */
  setVideo(on: boolean): void {
    if (this.videoEnabled === on) return;
    this.videoEnabled = on;
    if (!on) {
      this.camera?.stop();
      this.camera = undefined;
    }
    this.sink.refresh();
    this.emit(
      'videoUpdate',
      on ? { videoEnabled: true, videoTrack: this.videoTrack } : { videoEnabled: false },
    );
  }

  /**
   * Starts or stops a screen share (with a synthetic sound track when `audio` is true, as when a
   * tab is shared with its audio); emits `screenShareUpdate`.
   */
  setScreenShare(on: boolean, options: { audio?: boolean } = {}): void {
    if (this.screenShareEnabled === on) return;
    this.screenShareEnabled = on;
    this.screenWithAudio = on && options.audio === true;
    if (!on) {
      this.screen?.stop();
      this.screen = undefined;
      this.room.media.dropVoice(this.screenVoice);
      this.screenVoice = undefined;
    }
    this.emit('screenShareUpdate', {
      screenShareEnabled: on,
      screenShareTracks: this.screenShareTracks,
    });
  }

  /** Sets the stage status; emits `stageStatusUpdate(participant)`. */
  setStageStatus(status: StageStatus): void {
    this.stage = status;
    this.emit('stageStatusUpdate', this);
  }

  /** Sets the pinned flag; emits `pinned` / `unpinned` with the participant. */
  setPinned(pinned: boolean, emitEvent = true): void {
    if (this.pinned === pinned) return;
    this.pinned = pinned;
    if (emitEvent) this.emit(pinned ? 'pinned' : 'unpinned', this);
  }

  /**
   * The connection score of one of this person's streams changes (0–10, as the SDK reports every
   * few seconds): emits `mediaScoreUpdate { kind, isScreenshare, score, participantId, scoreStats }`
   * (the figures, `director.network` makes realistic ones).
   */
  setMediaScore(
    kind: 'audio' | 'video',
    score: number,
    isScreenshare = false,
    scoreStats: object = {},
  ): void {
    const value = Math.max(0, Math.min(10, Math.round(score)));
    this.emit('mediaScoreUpdate', {
      kind,
      isScreenshare,
      score: value,
      participantId: this.id,
      scoreStats,
    });
  }

  /** Makes the synthetic voice talk for `ms` (silent when muted). */
  speak(ms: number): void {
    if (!this.audioEnabled) return;
    void this.audioTrack;
    this.voice?.speak(ms);
  }

  /** Stops every track and drops all listeners, as the SDK does for a departed peer. */
  dispose(): void {
    this.sink.deregister();
    this.camera?.stop();
    this.screen?.stop();
    this.room.media.dropVoice(this.voice);
    this.room.media.dropVoice(this.screenVoice);
    this.camera = this.screen = this.voice = this.screenVoice = undefined;
    this.removeAllListeners();
  }

  private assertJoined(detail: string): void {
    if (!this.room.self.roomJoined) throw new DemoClientError('1205', detail);
  }
}

const PRESET_NAMES: Record<DemoPresetName, true> = {
  host: true,
  participant: true,
  'webinar-host': true,
  'webinar-viewer': true,
  'livestream-host': true,
  'livestream-viewer': true,
  'audio-room': true,
};
