import type {
  MediaPermissionKind,
  MediaPermissionState,
  ScreenShareTracks,
  StageStatus,
  VideoQualityConstraints,
} from '../meeting/media.js';
import type { AudioMiddleware, SelfEvents } from '../meeting/self.js';
import type { VideoFrameProcessor, VideoMiddleware } from '../effects/video-effects.js';
import { DemoDevices, slotOf, type DeviceSlot } from './devices.js';
import { AudioPipeline } from './effects/audio-pipeline.js';
import { VideoPipeline } from './effects/video-pipeline.js';
import { DemoEmitter } from './emitter.js';
import { DemoClientError } from './errors.js';
import { VideoSink, type Voice } from './media.js';
import type { DemoPermissions } from './presets.js';
import type { DemoRoom } from './room.js';

/** Why a scripted media call fails (`director.failNextMedia`). */
export type MediaFailure = 'DENIED' | 'NO_DEVICES_AVAILABLE' | 'COULD_NOT_START';

const FAIL_CODES: Record<MediaPermissionKind, Record<MediaFailure, string>> = {
  audio: { DENIED: '1601', COULD_NOT_START: '1601', NO_DEVICES_AVAILABLE: '1606' },
  video: { DENIED: '1602', COULD_NOT_START: '1602', NO_DEVICES_AVAILABLE: '1607' },
  screenshare: { DENIED: '1612', COULD_NOT_START: '1612', NO_DEVICES_AVAILABLE: '1612' },
};

const FAIL_DETAILS: Record<MediaFailure, string> = {
  DENIED: 'Permission to use the device was denied.',
  COULD_NOT_START: 'The device is in use by another application.',
  NO_DEVICES_AVAILABLE: 'No device of this kind is connected.',
};

const NO_TRACK = undefined as unknown as MediaStreamTrack;

type Middleware = unknown;

/**
 * The local user's media and devices (the SDK's `SelfMedia`, which `Self` extends): microphone,
 * camera and screen share with the SDK's events, synthetic devices, and registered `<video>`s.
 */
export abstract class DemoSelfMedia extends DemoEmitter<SelfEvents> {
  audioEnabled = false;
  videoEnabled = false;
  screenShareEnabled = false;
  readonly devices = new DemoDevices();
  abstract readonly name: string;
  abstract readonly permissions: DemoPermissions;
  abstract readonly roomJoined: boolean;
  abstract readonly stageStatus: StageStatus;
  protected permissionStates: {
    audio?: MediaPermissionState;
    video?: MediaPermissionState;
    screenshare?: MediaPermissionState;
  } = { audio: 'NOT_REQUESTED', video: 'NOT_REQUESTED', screenshare: 'NOT_REQUESTED' };
  private mic: MediaStreamTrack | undefined;
  private voice: Voice | undefined;
  private camera: MediaStreamTrack | undefined;
  private screen: MediaStreamTrack | undefined;
  private readonly failures: Partial<Record<MediaPermissionKind, MediaFailure>> = {};
  private readonly sink = new VideoSink(() => this.videoTrack);
  private readonly middlewares = { audio: new Set<Middleware>(), video: new Set<Middleware>() };
  /** The frame processor of each video middleware, in the order they were added. */
  private readonly videoProcessors = new Map<Middleware, VideoFrameProcessor>();
  private readonly pipeline = new VideoPipeline();
  private readonly audioPipeline = new AudioPipeline();

  constructor(protected readonly room: DemoRoom) {
    super();
  }

  get mediaPermissions() {
    return { ...this.permissionStates };
  }

  /** The microphone after the audio middlewares (the microphone itself when there are none). */
  get audioTrack(): MediaStreamTrack {
    const mic = this.audioEnabled ? this.ensureMic() : NO_TRACK;
    return mic && this.audioPipeline.active ? this.audioPipeline.track(mic) : mic;
  }

  /** The microphone track, kept (disabled) while muted once it was opened, as the client keeps it. */
  get rawAudioTrack(): MediaStreamTrack {
    if (this.audioEnabled) return this.ensureMic();
    return this.mic?.readyState === 'live' ? this.mic : NO_TRACK;
  }

  /** The camera after the video middlewares (the raw camera when there are none). */
  get videoTrack(): MediaStreamTrack {
    const raw = this.rawVideoTrack;
    return raw && this.pipeline.active ? this.pipeline.track(raw) : raw;
  }

  get rawVideoTrack(): MediaStreamTrack {
    if (!this.videoEnabled) return NO_TRACK;
    if (!this.camera || this.camera.readyState === 'ended') this.camera = this.syntheticCamera();
    return this.camera;
  }

  /** The audio middlewares added now (for tests and the demo page). */
  get audioMiddlewares(): Middleware[] {
    return [...this.middlewares.audio];
  }

  /** The AudioContext the audio middlewares run in, while any does (for tests). */
  get audioMiddlewareContext(): AudioContext | undefined {
    return this.audioPipeline.audioContext;
  }

  /** The video middlewares added now (for tests and the demo page). */
  get videoMiddlewares(): Middleware[] {
    return [...this.middlewares.video];
  }

  get screenShareTracks(): ScreenShareTracks {
    return this.screenShareEnabled && this.screen ? { video: this.screen } : {};
  }

  /** Re-acquires local media: turns both off, then on as asked (as the SDK does). */
  async setupTracks(
    options: { video?: boolean; audio?: boolean; forceReset?: boolean } = {},
  ): Promise<void> {
    await this.disableAudio();
    await this.disableVideo();
    const ignoreForbidden = (e: unknown) => {
      if ((e as DemoClientError).code !== '1101') throw e;
    };
    if (options.audio) await this.enableAudio().catch(ignoreForbidden);
    if (options.video) await this.enableVideo().catch(ignoreForbidden);
  }

  /** Turns the microphone on: `mediaPermissionUpdate` then `audioUpdate`, then resolves. */
  async enableAudio(customTrack?: MediaStreamTrack): Promise<void> {
    this.assertCanProduce('audio');
    await this.room.latency();
    if (this.audioEnabled) return;
    this.checkFailure('audio');
    if (customTrack) this.mic = customTrack;
    else if (this.room.options.realLocalMedia && !this.mic)
      this.mic = await this.room.media.real('audio', this.deviceFor('audio'));
    const track = customTrack ?? this.ensureMic();
    track.enabled = true;
    this.audioEnabled = true;
    this.accept('audio');
    this.emit('audioUpdate', { audioEnabled: true, audioTrack: track });
  }

  /** Mutes the microphone (the track is kept, disabled): `audioUpdate { audioEnabled: false }`. */
  async disableAudio(): Promise<void> {
    await this.room.latency();
    if (!this.audioEnabled) return;
    this.audioEnabled = false;
    if (this.mic) this.mic.enabled = false;
    this.voice?.silence();
    this.emit('audioUpdate', { audioEnabled: false });
  }

  /** Turns the camera on: `mediaPermissionUpdate` then `videoUpdate`, then resolves. */
  async enableVideo(customTrack?: MediaStreamTrack): Promise<void> {
    this.assertCanProduce('video');
    await this.room.latency();
    if (this.videoEnabled) return;
    this.checkFailure('video');
    let track = customTrack;
    if (!track && this.room.options.realLocalMedia)
      track = await this.room.media.real('video', this.deviceFor('video'));
    this.camera = track ?? this.syntheticCamera();
    this.videoEnabled = true;
    this.accept('video');
    this.sink.refresh();
    this.emit('videoUpdate', { videoEnabled: true, videoTrack: this.videoTrack });
  }

  /** Turns the camera off (the track is stopped): `videoUpdate { videoEnabled: false }`. */
  async disableVideo(): Promise<void> {
    await this.room.latency();
    if (!this.videoEnabled) return;
    this.videoEnabled = false;
    this.camera?.stop();
    this.camera = undefined;
    this.pipeline.stop();
    this.sink.refresh();
    this.emit('videoUpdate', { videoEnabled: false });
  }

  /** Shares a synthetic "slide" (needs a joined room). */
  async enableScreenShare(): Promise<void> {
    if (!this.roomJoined)
      throw new DemoClientError('1105', 'Can`t enable screenshare without joining room');
    this.assertCanProduce('screenshare');
    await this.room.latency();
    if (this.screenShareEnabled) return;
    this.checkFailure('screenshare');
    this.screen = this.room.media.screen(`${this.name}'s screen`, this.room.selfColour);
    this.screen.addEventListener('ended', () => void this.disableScreenShare(), { once: true });
    this.screenShareEnabled = true;
    this.accept('screenshare');
    this.emit('screenShareUpdate', {
      screenShareEnabled: true,
      screenShareTracks: this.screenShareTracks,
    });
  }

  async disableScreenShare(): Promise<void> {
    await this.room.latency();
    if (!this.screenShareEnabled) return;
    this.screenShareEnabled = false;
    this.screen?.stop();
    this.screen = undefined;
    this.emit('screenShareUpdate', { screenShareEnabled: false, screenShareTracks: {} });
  }

  async updateVideoConstraints(_constraints: VideoQualityConstraints): Promise<void> {
    await this.room.latency();
  }

  async updateScreenshareConstraints(_constraints: VideoQualityConstraints): Promise<void> {
    await this.room.latency();
  }

  async getAllDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.all();
  }
  async getAudioDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.of('audio');
  }
  async getVideoDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.of('video');
  }
  async getSpeakerDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.of('speaker');
  }

  async getDeviceById(deviceId: string, kind: DeviceSlot): Promise<MediaDeviceInfo> {
    const slot = slotOf(kind);
    const found = slot && this.devices.of(slot).find((d) => d.deviceId === deviceId);
    if (!found) throw new DemoClientError('1603', `No ${kind} device with id ${deviceId}.`);
    return found;
  }

  getCurrentDevices() {
    return this.devices.currentAll();
  }

  /** Switches a device: `deviceUpdate { device }` (and a new camera track when the camera is on). */
  async setDevice(device: MediaDeviceInfo): Promise<void> {
    if (!device) throw new DemoClientError('1104', 'No device selected');
    const known = this.devices.find(device.deviceId, device.kind);
    if (!known) throw new DemoClientError('1603', `Unknown device ${device.deviceId}.`);
    await this.room.latency();
    if (!this.devices.select(known)) return;
    if (known.kind === 'videoinput' && this.videoEnabled) this.replaceCamera();
    this.emit('deviceUpdate', { device: known });
  }

  registerVideoElement(el: HTMLVideoElement, _isPreview?: boolean): void {
    this.sink.register(el);
  }

  deregisterVideoElement(el?: HTMLVideoElement, _isPreview?: boolean): void {
    this.sink.deregister(el);
  }

  async playAudio(): Promise<void> {
    await this.room.media.resume();
  }

  async addVideoMiddleware(middleware: Middleware) {
    return this.middleware('video', middleware, true);
  }
  async removeVideoMiddleware(middleware: Middleware) {
    return this.middleware('video', middleware, false);
  }
  async addAudioMiddleware(middleware: Middleware) {
    return this.middleware('audio', middleware, true);
  }
  async removeAudioMiddleware(middleware: Middleware) {
    return this.middleware('audio', middleware, false);
  }
  async removeAllAudioMiddlewares() {
    for (const middleware of [...this.middlewares.audio])
      await this.removeAudioMiddleware(middleware);
    return { success: true, message: '' };
  }
  async removeAllVideoMiddlewares() {
    for (const middleware of [...this.middlewares.video])
      await this.removeVideoMiddleware(middleware);
    return { success: true, message: '' };
  }
  /** Accepted and kept (the demo always draws frame by frame). */
  async setVideoMiddlewareGlobalConfig(config?: { disablePerFrameCanvasRendering?: boolean }) {
    await this.room.latency();
    this.videoMiddlewareConfig = { ...config };
  }
  videoMiddlewareConfig: { disablePerFrameCanvasRendering?: boolean } = {};

  // ---- Used by the demo core and director. ----

  /** Makes the next media call of a kind fail. */
  failNext(kind: MediaPermissionKind, reason: MediaFailure): void {
    this.failures[kind] = reason;
  }

  /** Whether the preset (and, for CAN_REQUEST, the stage) lets self produce this kind now. */
  canProduce(kind: MediaPermissionKind): boolean {
    const key =
      kind === 'audio'
        ? 'canProduceAudio'
        : kind === 'video'
          ? 'canProduceVideo'
          : 'canProduceScreenshare';
    const value = this.permissions[key];
    if (value === 'ALLOWED') return true;
    return (
      value === 'CAN_REQUEST' &&
      (this.stageStatus === 'ON_STAGE' || this.stageStatus === 'ACCEPTED_TO_JOIN_STAGE')
    );
  }

  /** Makes the synthetic microphone talk (only the synthetic one; real mics are left alone). */
  speak(ms: number): void {
    // Muted, the voice still reaches the (disabled) microphone track; nothing is sent.
    if (this.voice && this.mic === this.voice.track && this.mic.readyState === 'live')
      this.voice.speak(ms);
  }

  /** Turns everything off without events (on leaving) and stops the tracks. */
  stopMedia(): void {
    this.audioEnabled = this.videoEnabled = this.screenShareEnabled = false;
    for (const track of [this.mic, this.camera, this.screen]) track?.stop();
    this.pipeline.stop();
    this.audioPipeline.stop();
    this.middlewares.audio.clear();
    this.room.media.dropVoice(this.voice);
    this.mic = this.camera = this.screen = this.voice = undefined;
    this.sink.refresh();
  }

  /** After unplugging the current camera: a new track from the replacement. */
  replaceCamera(): void {
    this.camera?.stop();
    this.camera = this.syntheticCamera();
    this.sink.refresh();
    this.emit('videoUpdate', { videoEnabled: true, videoTrack: this.videoTrack });
  }

  /**
   * With `realLocalMedia`: swaps the synthetic tracks of media that is on for the real camera and
   * microphone (`audioUpdate` / `videoUpdate` with the new track). Keeps the synthetic ones on failure.
   */
  async useRealMedia(): Promise<void> {
    if (this.audioEnabled) {
      const real = await this.room.media.real('audio', this.deviceFor('audio'));
      if (real && this.audioEnabled) {
        this.room.media.dropVoice(this.voice);
        this.voice = undefined;
        this.mic = real;
        this.emit('audioUpdate', { audioEnabled: true, audioTrack: real });
      } else real?.stop();
    }
    if (this.videoEnabled) {
      const real = await this.room.media.real('video', this.deviceFor('video'));
      if (real && this.videoEnabled) {
        this.camera?.stop();
        this.camera = real;
        this.sink.refresh();
        this.emit('videoUpdate', { videoEnabled: true, videoTrack: this.videoTrack });
      } else real?.stop();
    }
  }

  private ensureMic(): MediaStreamTrack {
    if (this.mic && this.mic.readyState !== 'ended') return this.mic;
    this.room.media.dropVoice(this.voice);
    this.voice = this.room.media.voice(140);
    this.mic = this.voice?.track;
    return this.mic ?? NO_TRACK;
  }

  private syntheticCamera(): MediaStreamTrack {
    return this.room.media.camera({
      name: this.name,
      colour: this.room.selfColour,
      caption: this.devices.currentOf('video')?.label,
      figure: true,
    });
  }

  private deviceFor(slot: DeviceSlot): string | undefined {
    const id = this.devices.currentOf(slot)?.deviceId;
    return id?.startsWith('demo-') ? undefined : id;
  }

  private assertCanProduce(kind: MediaPermissionKind): void {
    if (!this.canProduce(kind))
      throw new DemoClientError('1101', `The preset does not allow producing ${kind} now.`);
  }

  private accept(kind: MediaPermissionKind): void {
    this.permissionStates[kind] = 'ACCEPTED';
    this.emit('mediaPermissionUpdate', { kind, message: 'ACCEPTED' });
  }

  /** Throws (after the SDK's events) when a failure is scripted or no device of the kind is left. */
  private checkFailure(kind: MediaPermissionKind): void {
    let reason = this.failures[kind];
    delete this.failures[kind];
    if (!reason && kind !== 'screenshare' && this.devices.of(kind).length === 0)
      reason = 'NO_DEVICES_AVAILABLE';
    if (!reason) return;
    this.permissionStates[kind] = reason;
    this.emit('mediaPermissionError', { message: reason, constraints: { [kind]: true }, kind });
    this.emit('mediaPermissionUpdate', { kind, message: reason });
    throw new DemoClientError(FAIL_CODES[kind][reason], FAIL_DETAILS[reason]);
  }

  /**
   * Adds or removes a middleware. Video middlewares run on the camera (`videoTrack` becomes the
   * processed track; `videoUpdate` tells the page when the camera is on); audio ones run on the
   * microphone (`audioTrack` becomes the processed track; `audioUpdate` when the microphone is on).
   */
  private async middleware(kind: 'audio' | 'video', middleware: Middleware, add: boolean) {
    await this.room.latency();
    if (kind === 'audio' && typeof middleware === 'function') {
      if (add === this.audioPipeline.has(middleware as AudioMiddleware))
        return { success: true, message: '' };
      if (add) await this.audioPipeline.add(middleware as AudioMiddleware);
      else this.audioPipeline.remove(middleware as AudioMiddleware);
      if (add) this.middlewares.audio.add(middleware);
      else this.middlewares.audio.delete(middleware);
      if (this.audioEnabled)
        this.emit('audioUpdate', { audioEnabled: true, audioTrack: this.audioTrack });
      return { success: true, message: '' };
    }
    if (kind === 'audio' || typeof middleware !== 'function') {
      if (add) this.middlewares[kind].add(middleware);
      else this.middlewares[kind].delete(middleware);
      return { success: true, message: '' };
    }
    if (add === this.middlewares.video.has(middleware)) return { success: true, message: '' };
    if (add) {
      const processor = await (middleware as VideoMiddleware)();
      this.middlewares.video.add(middleware);
      // Something that is not a frame processor is kept (and removable) but draws nothing.
      if (typeof processor === 'function') this.videoProcessors.set(middleware, processor);
    } else {
      this.middlewares.video.delete(middleware);
      this.videoProcessors.delete(middleware);
    }
    this.pipeline.setProcessors([...this.videoProcessors.values()]);
    this.sink.refresh();
    if (this.videoEnabled)
      this.emit('videoUpdate', { videoEnabled: true, videoTrack: this.videoTrack });
    return { success: true, message: '' };
  }
}
