import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Level (0–1) above which a person counts as speaking. */
export const SPEAKING_LEVEL = 0.12;
/** Frames a level must stay below the threshold before `speaking` is removed (no flicker). */
const HOLD_FRAMES = 20;

interface Meter {
  readonly host: HTMLElement;
  /** Where `--rtk-audio-level` is written (the host, or an element inside it). */
  readonly levelTarget: HTMLElement;
  readonly source: MediaStreamAudioSourceNode;
  readonly analyser: AnalyserNode;
  readonly samples: Uint8Array<ArrayBuffer>;
  level: number;
  quietFrames: number;
}

// One AudioContext and one animation-frame loop serve every tile on the page: browsers limit
// AudioContexts, and N loops would cost N callbacks per frame.
let sharedContext: AudioContext | undefined;
const meters = new Set<Meter>();
let frame = 0;

function audioContext(): AudioContext | undefined {
  if (!sharedContext) {
    if (typeof AudioContext !== 'function') return undefined;
    try {
      sharedContext = new AudioContext();
    } catch {
      return undefined;
    }
  }
  // Without a user gesture the context starts suspended; it resumes on the next allowed call.
  if (sharedContext.state === 'suspended') sharedContext.resume().catch(() => undefined);
  return sharedContext;
}

function measure(meter: Meter): void {
  meter.analyser.getByteTimeDomainData(meter.samples);
  let sum = 0;
  for (const sample of meter.samples) {
    const centred = (sample - 128) / 128;
    sum += centred * centred;
  }
  const level = Math.min(1, Math.sqrt(sum / meter.samples.length) * 4);
  // Write only visible changes: each write restyles the tile.
  if (Math.abs(level - meter.level) >= 0.02 || (level === 0 && meter.level !== 0)) {
    meter.level = level;
    meter.levelTarget.style.setProperty('--rtk-audio-level', level.toFixed(2));
  }
  if (level >= SPEAKING_LEVEL) {
    meter.quietFrames = 0;
    if (!meter.host.hasAttribute('speaking')) meter.host.setAttribute('speaking', '');
  } else if (meter.host.hasAttribute('speaking') && ++meter.quietFrames > HOLD_FRAMES) {
    meter.host.removeAttribute('speaking');
  }
}

function tick(): void {
  frame = 0;
  for (const meter of meters) measure(meter);
  if (meters.size > 0) frame = requestAnimationFrame(tick);
}

/**
 * Shows how loud a track is without re-rendering: it sets the `--rtk-audio-level` custom property
 * (0–1) and a `speaking` attribute directly on its host, from one shared `requestAnimationFrame`
 * loop. The host hands it the current track with `setTrack`; everything is disconnected when the
 * track changes or the host leaves the page.
 *
 * `levelTarget` (an element in the host's shadow root) receives the level instead of the host:
 * then the level, which changes many times a second, and a mic toggle restyle that element only
 * and leave the DOM around the host (its parent's shadow root) untouched.
 */
export class AudioLevelController implements ReactiveController {
  private track?: MediaStreamTrack;
  private meter?: Meter;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly levelTarget?: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** The track to measure; `undefined` (muted, no track) clears the level. */
  setTrack(track: MediaStreamTrack | undefined): void {
    if (track === this.track) return;
    this.track = track;
    this.stop();
    this.start();
  }

  hostConnected(): void {
    this.connected = true;
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private start(): void {
    const track = this.track;
    if (!this.connected || !track || track.kind !== 'audio' || track.readyState === 'ended') return;
    const context = audioContext();
    if (!context) return;
    try {
      const source = context.createMediaStreamSource(new MediaStream([track]));
      const analyser = context.createAnalyser();
      analyser.fftSize = 256;
      source.connect(analyser);
      this.meter = {
        host: this.host,
        levelTarget: this.levelTarget?.() ?? this.host,
        source,
        analyser,
        samples: new Uint8Array(analyser.fftSize),
        level: -1,
        quietFrames: 0,
      };
    } catch {
      return;
    }
    meters.add(this.meter);
    if (!frame) frame = requestAnimationFrame(tick);
  }

  private stop(): void {
    if (this.meter) {
      meters.delete(this.meter);
      this.meter.source.disconnect();
      this.meter.analyser.disconnect();
      this.meter.levelTarget.style.removeProperty('--rtk-audio-level');
      this.meter = undefined;
    }
    if (meters.size === 0 && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
    this.host.removeAttribute('speaking');
  }
}

/**
 * Measures every track once, outside the animation-frame loop (which pauses in hidden pages).
 * For tests.
 */
export function sampleAudioLevels(): void {
  for (const meter of meters) measure(meter);
}

/** How many tracks are being measured on the page (for tests). */
export function activeMeterCount(): number {
  return meters.size;
}
