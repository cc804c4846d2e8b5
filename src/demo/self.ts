import type { DeviceConfig, RoomState, StageStatus } from '../meeting/media.js';
import type { ThemePreset } from '../meeting/permissions.js';
import type { Self } from '../meeting/self.js';
import { DemoClientError } from './errors.js';
import type { DemoPermissions } from './presets.js';
import type { DemoRoom } from './room.js';
import { DemoSelfMedia } from './self-media.js';

export type { MediaFailure } from './self-media.js';

/** `meeting.self`: the local user, their room state, pin and tile visibility (media in `DemoSelfMedia`). */
export class DemoSelf extends DemoSelfMedia implements Self {
  readonly id: string;
  readonly userId: string;
  name: string;
  picture = '';
  readonly customParticipantId: string;
  readonly organizationId = 'demo-organization';
  readonly presetName: string;
  readonly role: unknown = undefined;
  readonly device: DeviceConfig = {
    browserName: 'Chrome',
    browserVersion: '131.0.0.0',
    isMobile: false,
    engineName: 'Blink',
    osName: 'macOS',
  };
  readonly supportsRemoteControl = false;
  readonly producers: unknown[] = [];
  hidden = false;
  waitlistStatus: 'accepted' | 'waiting' | 'rejected' | 'none' = 'none';
  roomState: RoomState = 'init';
  private stage: StageStatus = 'OFF_STAGE';
  private pinned = false;

  constructor(
    room: DemoRoom,
    init: { id: string; userId: string; name: string; presetName: string },
    readonly permissions: DemoPermissions,
    readonly config: ThemePreset,
  ) {
    super(room);
    this.id = init.id;
    this.userId = init.userId;
    this.name = init.name;
    this.presetName = init.presetName;
    this.customParticipantId = `demo-${init.userId.slice(0, 8)}`;
    // Like the SDK with `defaults.audio/video`: media is on in the setup screen, before joining.
    const { audio, video, realLocalMedia } = room.options;
    this.audioEnabled = audio && this.canProduce('audio');
    this.videoEnabled = video && this.canProduce('video');
    if (this.audioEnabled) this.permissionStates.audio = 'ACCEPTED';
    if (this.videoEnabled) this.permissionStates.video = 'ACCEPTED';
    if (realLocalMedia) void this.useRealMedia();
  }

  get peerId(): string {
    return this.id;
  }

  get roomJoined(): boolean {
    return this.roomState === 'joined';
  }

  get stageStatus(): StageStatus {
    return this.stage;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** Changes the display name (synchronous). Empty names are ignored. */
  setName(name: string): void {
    const trimmed = String(name ?? '').trim();
    if (trimmed) this.name = trimmed;
  }

  /** Pins self for everyone (one pin at a time). Needs a joined room. */
  async pin(): Promise<void> {
    if (!this.roomJoined)
      throw new DemoClientError('1105', 'Can`t pin participants without joining room');
    await this.room.latency();
    this.show();
    this.room.pin(this);
  }

  async unpin(): Promise<void> {
    if (!this.roomJoined)
      throw new DemoClientError('1105', 'Can`t unpin participants without joining room');
    await this.room.latency();
    if (this.pinned) this.room.pin(null);
  }

  /** Hides self's own tile locally: `toggleTile { hidden: true }`. */
  async hide(): Promise<void> {
    if (!this.roomJoined)
      throw new DemoClientError('1105', 'Can`t toggle participant tile without joining room');
    this.hidden = true;
    this.emit('toggleTile', { hidden: true });
  }

  /** Shows self's tile again (synchronous; throws before joining, as the SDK does). */
  show(): void {
    if (!this.roomJoined)
      throw new DemoClientError('1105', 'Can`t toggle participant tile without joining room');
    this.hidden = false;
    this.emit('toggleTile', { hidden: false });
  }

  // ---- Used by the demo core and director. ----

  /** Sets the stage status (events are the stage module's job). */
  setStageStatus(status: StageStatus): void {
    this.stage = status;
  }

  /** Sets the pinned flag; emits `pinned` / `unpinned` with self. */
  setPinned(pinned: boolean): void {
    if (this.pinned === pinned) return;
    this.pinned = pinned;
    this.emit(pinned ? 'pinned' : 'unpinned', this);
  }
}
