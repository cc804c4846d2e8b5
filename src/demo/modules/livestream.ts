import type { Livestream, LivestreamEvents, LivestreamState } from '../../meeting/livestream.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';
import { uuid } from '../random.js';

/** `director.livestream`: a remote host goes live; viewers come and go. */
export interface LivestreamScript {
  /**
   * The stream goes live (`LIVESTREAMING`, with a `playbackUrl`). By default the URL is on the
   * `.invalid` domain and never plays; give one that does (the demo page passes a live feed it
   * draws) to see the stream in a player. On a running stream, a URL given replaces the old one
   * for the players that start after it (no event, as the state does not change).
   */
  start(playbackUrl?: string): void;
  /** The stream ends (`IDLE`). */
  stop(): void;
  /** A manually ingested stream (OBS & co.) starts sending: `WAITING_ON_MANUAL_INGESTION` → `LIVESTREAMING`. */
  ingest(): void;
  /** The viewer count changes: `viewerCountUpdate(count)`. */
  setViewerCount(count: number): void;
}

/** How long the demo's "stream" takes to go live or to end (ms, on top of the latency). */
const STREAM_DELAY = 800;

/**
 * `meeting.livestream`, present only in LIVESTREAM meetings. `start()` emits `STARTING` at once,
 * then `WAITING_ON_MANUAL_INGESTION` (manual ingestion) before it resolves, or `LIVESTREAMING`
 * when the stream is up; `stop()` emits `STOPPING`, later `IDLE`. Without
 * `permissions.canLivestream` both reject with `1901`; `stop()` of a stream that is not running
 * rejects with `1902`. The `playbackUrl` is on the `.invalid` domain: it never loads.
 */
export class DemoLivestream
  extends DemoEmitter<LivestreamEvents>
  implements Livestream, DemoModule<LivestreamScript>
{
  state: LivestreamState = 'IDLE';
  playbackUrl: string | undefined = undefined;
  viewerCount = 0;
  ingestionCredentials: { ingestionServer: string; streamKey: string } | undefined = undefined;
  readonly script: LivestreamScript;
  /** The room's state (self only hears about it while joined). */
  private roomState: LivestreamState = 'IDLE';
  private roomViewers = 0;

  constructor(private readonly ctx: DemoContext) {
    super();
    this.roomViewers = ctx.options.people;
    this.script = this.createScript();
  }

  /** Starts the livestream. Rejects 1901 without `canLivestream`. */
  async start(config: { manualIngestion: boolean } = { manualIngestion: false }): Promise<void> {
    if (!this.ctx.self.permissions.canLivestream) {
      throw new DemoClientError('1901', 'User does not have permission to start livestreaming');
    }
    if (this.roomState !== 'IDLE') return;
    this.setRoomState('STARTING');
    await this.ctx.latency();
    this.playbackUrl = this.newPlaybackUrl();
    this.ingestionCredentials = {
      ingestionServer: 'rtmps://ingest.demo.invalid:443/live/',
      streamKey: uuid(this.ctx.random),
    };
    if (config?.manualIngestion) {
      this.setRoomState('WAITING_ON_MANUAL_INGESTION');
      return;
    }
    this.ctx.later(() => {
      if (this.roomState === 'STARTING') this.setRoomState('LIVESTREAMING');
    }, this.streamDelay());
  }

  /** Stops the livestream: `STOPPING`, later `IDLE`. Rejects 1901 / 1902. */
  async stop(): Promise<void> {
    if (!this.ctx.self.permissions.canLivestream) {
      throw new DemoClientError('1901', 'User does not have permission to stop livestreaming');
    }
    if (this.roomState !== 'LIVESTREAMING' && this.roomState !== 'WAITING_ON_MANUAL_INGESTION') {
      throw new DemoClientError('1902', 'Livestream not started yet');
    }
    this.setRoomState('STOPPING');
    await this.ctx.latency();
    this.ctx.later(() => {
      if (this.roomState === 'STOPPING') this.end();
    }, this.streamDelay());
  }

  // ---- DemoModule ----

  /** On join the current state and viewer count arrive (with their events when they differ). */
  roomJoined(): void {
    if (this.roomState !== 'IDLE' && !this.playbackUrl) this.playbackUrl = this.newPlaybackUrl();
    this.sync();
    this.viewerCount = this.roomViewers;
    this.emit('viewerCountUpdate', this.viewerCount);
  }

  // ---- Internals ----

  private get joined(): boolean {
    return this.ctx.self.roomState === 'joined';
  }

  private streamDelay(): number {
    return this.ctx.options.latency > 0 ? STREAM_DELAY : 0;
  }

  private newPlaybackUrl(): string {
    return `https://stream.demo.invalid/${uuid(this.ctx.random)}/manifest/video.m3u8`;
  }

  private setRoomState(state: LivestreamState): void {
    this.roomState = state;
    if (this.joined || state === 'STARTING' || state === 'STOPPING') this.sync();
  }

  /** The client's `setLivestreamState`: emits only on a change. */
  private sync(): void {
    if (this.state === this.roomState) return;
    this.state = this.roomState;
    this.emit('livestreamUpdate', this.state);
  }

  private end(): void {
    this.playbackUrl = undefined;
    this.ingestionCredentials = undefined;
    this.setRoomState('IDLE');
  }

  private createScript(): LivestreamScript {
    return {
      start: (playbackUrl) => {
        if (playbackUrl) this.playbackUrl = playbackUrl;
        if (this.roomState === 'LIVESTREAMING') return;
        else if (!this.playbackUrl) this.playbackUrl = this.newPlaybackUrl();
        this.setRoomState('LIVESTREAMING');
      },
      stop: () => {
        if (this.roomState !== 'IDLE') this.end();
      },
      ingest: () => {
        if (this.roomState === 'IDLE' || this.roomState === 'STARTING') {
          if (!this.playbackUrl) this.playbackUrl = this.newPlaybackUrl();
          this.setRoomState('WAITING_ON_MANUAL_INGESTION');
        }
        if (this.roomState === 'WAITING_ON_MANUAL_INGESTION') this.setRoomState('LIVESTREAMING');
      },
      setViewerCount: (count) => {
        this.roomViewers = Math.max(0, Math.floor(count));
        if (!this.joined) return;
        this.viewerCount = this.roomViewers;
        this.emit('viewerCountUpdate', this.viewerCount);
      },
    };
  }
}
