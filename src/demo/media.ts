import { initialsOf } from './names.js';
import type { RandomSource } from './random.js';

/**
 * Synthetic media: canvas video tracks and WebAudio "voices". Real `MediaStreamTrack`s, so
 * `<video>` plays and audio visualizers move, without cameras, microphones or network.
 */

type Paint = (g: CanvasRenderingContext2D, frame: number, width: number, height: number) => void;

interface CanvasSource {
  g: CanvasRenderingContext2D;
  paint: Paint;
  track: MediaStreamTrack;
  width: number;
  height: number;
}

const FPS = 15;

/** Who a synthetic camera shows. */
export interface VideoLook {
  name: string;
  colour: string;
  /** Small caption at the bottom (e.g. the selected camera's label). */
  caption?: string;
  /** Draws a person in a room instead of initials (your own camera: background effects find them). */
  figure?: boolean;
}

/**
 * Draws every live canvas track from one timer, so 50 tiles cost one loop, and nothing runs while
 * no track is live.
 */
class CanvasLoop {
  private sources = new Set<CanvasSource>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private frame = 0;

  add(width: number, height: number, paint: Paint): MediaStreamTrack {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    const track = canvas.captureStream(FPS).getVideoTracks()[0] as MediaStreamTrack;
    const source = { g, paint, track, width, height };
    paint(g, this.frame, width, height);
    this.sources.add(source);
    this.timer ??= setInterval(() => this.tick(), 1000 / FPS);
    return track;
  }

  private tick(): void {
    this.frame++;
    for (const s of this.sources) {
      if (s.track.readyState === 'ended') this.sources.delete(s);
      else if (s.track.enabled) s.paint(s.g, this.frame, s.width, s.height);
    }
    if (this.sources.size === 0) this.stop();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** A head-and-shoulders figure in front of a shelf and a window, swaying a little. */
function paintFigure(look: VideoLook): Paint {
  return (g, frame, w, h) => {
    const wall = g.createLinearGradient(0, 0, 0, h);
    wall.addColorStop(0, '#d9cbb3');
    wall.addColorStop(1, '#a08f74');
    g.fillStyle = wall;
    g.fillRect(0, 0, w, h);
    g.fillStyle = '#6b4f36';
    g.fillRect(w * 0.05, h * 0.25, w * 0.22, h * 0.04);
    g.fillRect(w * 0.05, h * 0.45, w * 0.22, h * 0.04);
    g.fillStyle = '#9fd0ee';
    g.fillRect(w * 0.72, h * 0.12, w * 0.22, h * 0.38);
    const cx = w / 2 + Math.sin((frame / FPS) * 0.8) * w * 0.02;
    g.fillStyle = look.colour;
    g.beginPath();
    g.moveTo(cx - w * 0.26, h);
    g.bezierCurveTo(cx - w * 0.26, h * 0.72, cx - w * 0.16, h * 0.66, cx - w * 0.06, h * 0.64);
    g.lineTo(cx + w * 0.06, h * 0.64);
    g.bezierCurveTo(cx + w * 0.16, h * 0.66, cx + w * 0.26, h * 0.72, cx + w * 0.26, h);
    g.fill();
    g.fillStyle = '#d9a27e';
    g.fillRect(cx - w * 0.035, h * 0.5, w * 0.07, h * 0.16);
    g.beginPath();
    g.ellipse(cx, h * 0.38, w * 0.075, h * 0.17, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#3b2a1e';
    g.beginPath();
    g.ellipse(cx, h * 0.28, w * 0.08, h * 0.1, 0, Math.PI, 0);
    g.fill();
    g.fillStyle = '#222';
    g.beginPath();
    g.arc(cx - w * 0.025, h * 0.37, h * 0.012, 0, Math.PI * 2);
    g.arc(cx + w * 0.025, h * 0.37, h * 0.012, 0, Math.PI * 2);
    g.fill();
    g.strokeStyle = '#8a3b3b';
    g.lineWidth = Math.max(1, h * 0.01);
    g.beginPath();
    g.arc(cx, h * 0.43, w * 0.02, 0.2, Math.PI - 0.2);
    g.stroke();
    if (look.caption) {
      g.fillStyle = '#ffffff';
      g.font = `${Math.round(h * 0.07)}px system-ui, sans-serif`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(look.caption, w / 2, h * 0.93);
    }
  };
}

function paintPerson(look: VideoLook): Paint {
  if (look.figure) return paintFigure(look);
  const initials = initialsOf(look.name);
  return (g, frame, w, h) => {
    g.fillStyle = look.colour;
    g.fillRect(0, 0, w, h);
    // A slow orbiting disc: frames must differ, or captureStream() sends none.
    const angle = (frame / FPS) * 1.2;
    g.fillStyle = 'rgba(255,255,255,0.18)';
    g.beginPath();
    g.arc(
      w / 2 + Math.cos(angle) * w * 0.3,
      h / 2 + Math.sin(angle) * h * 0.28,
      h * 0.16,
      0,
      Math.PI * 2,
    );
    g.fill();
    g.fillStyle = '#ffffff';
    g.font = `600 ${Math.round(h * 0.36)}px system-ui, sans-serif`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(initials, w / 2, h / 2);
    if (look.caption) {
      g.font = `${Math.round(h * 0.07)}px system-ui, sans-serif`;
      g.fillText(look.caption, w / 2, h * 0.9);
    }
  };
}

function paintSlide(title: string, colour: string): Paint {
  return (g, frame, w, h) => {
    g.fillStyle = '#f8fafc';
    g.fillRect(0, 0, w, h);
    g.fillStyle = colour;
    g.fillRect(0, 0, w, h * 0.16);
    g.fillStyle = '#ffffff';
    g.font = `600 ${Math.round(h * 0.07)}px system-ui, sans-serif`;
    g.textBaseline = 'middle';
    g.textAlign = 'left';
    g.fillText(title, w * 0.05, h * 0.08);
    g.fillStyle = '#cbd5e1';
    for (let i = 0; i < 4; i++)
      g.fillRect(w * 0.08, h * (0.3 + i * 0.13), w * (0.7 - i * 0.1), h * 0.05);
    g.fillStyle = colour;
    g.fillRect(0, h * 0.96, w * (((frame / FPS) % 20) / 20), h * 0.04);
  };
}

/** A synthetic voice: oscillator → low-pass → gain envelope → MediaStream track. */
export class Voice {
  readonly track: MediaStreamTrack;
  private readonly gain: GainNode;
  private readonly osc: OscillatorNode;

  constructor(
    private readonly context: AudioContext,
    private readonly pitch: number,
    private readonly random: RandomSource,
  ) {
    this.osc = context.createOscillator();
    this.osc.type = 'sawtooth';
    this.osc.frequency.value = pitch;
    const filter = context.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.value = 900;
    this.gain = context.createGain();
    this.gain.gain.value = 0;
    const destination = context.createMediaStreamDestination();
    this.osc.connect(filter).connect(this.gain).connect(destination);
    this.osc.start();
    this.track = destination.stream.getAudioTracks()[0] as MediaStreamTrack;
  }

  /** Syllable-like amplitude bursts for `ms` milliseconds, scheduled on the audio clock. */
  speak(ms: number): void {
    const param = this.gain.gain;
    const start = this.context.currentTime;
    const end = start + ms / 1000;
    param.cancelScheduledValues(start);
    param.setValueAtTime(0, start);
    let t = start + 0.02;
    while (t < end) {
      const length = 0.09 + this.random() * 0.16;
      const peak = 0.08 + this.random() * 0.12;
      this.osc.frequency.setValueAtTime(this.pitch * (0.85 + this.random() * 0.35), t);
      param.linearRampToValueAtTime(peak, t + length * 0.3);
      param.linearRampToValueAtTime(0, Math.min(end, t + length));
      t += length + 0.03 + this.random() * (this.random() < 0.15 ? 0.3 : 0.09);
    }
  }

  /** Stops speaking now. */
  silence(): void {
    const now = this.context.currentTime;
    this.gain.gain.cancelScheduledValues(now);
    this.gain.gain.setValueAtTime(0, now);
  }

  stop(): void {
    this.track.stop();
    try {
      this.osc.stop();
    } catch {
      // Already stopped.
    }
    this.osc.disconnect();
  }
}

/**
 * Owner of every synthetic track of one demo meeting: creates them on demand and stops them all
 * on `destroy()`.
 */
export class DemoMedia {
  private readonly loop = new CanvasLoop();
  private context: AudioContext | undefined;
  private readonly tracks = new Set<MediaStreamTrack>();
  private readonly voices = new Set<Voice>();

  constructor(private readonly random: RandomSource) {}

  /** A ~320×180 camera-like track showing a person's initials on their colour. */
  camera(look: VideoLook): MediaStreamTrack {
    return this.keep(this.loop.add(320, 180, paintPerson(look)));
  }

  /** A 640×360 "slide" track for a screen share. */
  screen(title: string, colour: string): MediaStreamTrack {
    return this.keep(this.loop.add(640, 360, paintSlide(title, colour)));
  }

  /** A new voice, or `undefined` where WebAudio is unavailable. */
  voice(pitch: number): Voice | undefined {
    const context = this.audioContext();
    if (!context) return undefined;
    const voice = new Voice(context, pitch, this.random);
    this.voices.add(voice);
    return voice;
  }

  /** Stops and forgets a voice. */
  dropVoice(voice: Voice | undefined): void {
    if (!voice) return;
    voice.stop();
    this.voices.delete(voice);
  }

  /** Resumes the shared audio context (after an autoplay block). */
  async resume(): Promise<void> {
    await this.context?.resume().catch(() => undefined);
  }

  /** A real camera or microphone track, or `undefined` when none can be had. */
  async real(kind: 'audio' | 'video', deviceId?: string): Promise<MediaStreamTrack | undefined> {
    try {
      const constraint = deviceId ? { deviceId: { exact: deviceId } } : true;
      const stream = await navigator.mediaDevices.getUserMedia({ [kind]: constraint });
      const track = stream.getTracks()[0];
      return track ? this.keep(track) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stops every track and voice, closes the audio context and the drawing loop. */
  destroy(): void {
    for (const track of this.tracks) track.stop();
    this.tracks.clear();
    for (const voice of this.voices) voice.stop();
    this.voices.clear();
    this.loop.stop();
    void this.context?.close().catch(() => undefined);
    this.context = undefined;
  }

  private keep(track: MediaStreamTrack): MediaStreamTrack {
    this.tracks.add(track);
    track.addEventListener('ended', () => this.tracks.delete(track));
    return track;
  }

  private audioContext(): AudioContext | undefined {
    if (this.context) return this.context;
    if (typeof AudioContext === 'undefined') return undefined;
    this.context = new AudioContext();
    void this.context.resume().catch(() => undefined);
    return this.context;
  }
}

/**
 * Keeps the `srcObject` of registered `<video>` elements on a person's current video track, the
 * way the SDK's `registerVideoElement` does.
 */
export class VideoSink {
  private readonly elements = new Set<HTMLVideoElement>();

  constructor(private readonly currentTrack: () => MediaStreamTrack | undefined) {}

  get size(): number {
    return this.elements.size;
  }

  /** How many registered elements show a live track now (active video consumers; demo only). */
  get playing(): number {
    let n = 0;
    for (const el of this.elements) {
      const track =
        el.srcObject instanceof MediaStream ? el.srcObject.getVideoTracks()[0] : undefined;
      if (track?.readyState === 'live') n++;
    }
    return n;
  }

  register(el: HTMLVideoElement): void {
    this.elements.add(el);
    this.attach(el);
  }

  deregister(el?: HTMLVideoElement): void {
    const targets = el ? [el] : [...this.elements];
    for (const target of targets) {
      if (this.elements.delete(target)) target.srcObject = null;
    }
  }

  /** Re-reads the current track into every element (after a toggle or device switch). */
  refresh(): void {
    for (const el of this.elements) this.attach(el);
  }

  private attach(el: HTMLVideoElement): void {
    const track = this.currentTrack();
    if (!track) {
      el.srcObject = null;
      return;
    }
    const current =
      el.srcObject instanceof MediaStream ? el.srcObject.getVideoTracks()[0] : undefined;
    if (current === track) return;
    el.muted = true;
    el.playsInline = true;
    el.srcObject = new MediaStream([track]);
    void el.play().catch(() => undefined);
  }
}
