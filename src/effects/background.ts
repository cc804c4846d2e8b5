import { effectAsset, effectScript } from './effect-assets.js';
import type { VideoFrameProcessor, VideoMiddleware } from './video-effect-types.js';

/**
 * The kit's built-in background effects (loaded only when someone turns one on): a blurred
 * background or a picture behind the person, as video middlewares of the SDK
 * (`self.addVideoMiddleware`). The person is found in each frame by MediaPipe's selfie
 * segmentation (WebAssembly, drawing with WebGL 2 on the GPU), loaded from the kit's own files
 * (`effect-assets.ts`). Frames never wait for the segmentation: each frame is drawn with the
 * latest mask, and a new mask is asked for as soon as the previous one is back.
 */

/** What a background effect does. */
export type BackgroundKind = { blur: number } | { image: CanvasImageSource };

interface SegmentationResults {
  segmentationMask: CanvasImageSource & { close?: () => void };
}

interface SelfieSegmentation {
  setOptions(options: { modelSelection?: number; selfieMode?: boolean }): void;
  onResults(listener: (results: SegmentationResults) => void): void;
  initialize(): Promise<void>;
  send(inputs: { image: HTMLCanvasElement }): Promise<void>;
  close(): Promise<void>;
}

type SegmentationClass = new (config: {
  locateFile: (file: string) => string;
}) => SelfieSegmentation;

/** Whether this browser can run the background effects, and why not. */
export function backgroundSupport(): { supported: boolean; reason?: 'webgl' | 'wasm' | 'canvas' } {
  if (typeof WebAssembly !== 'object') return { supported: false, reason: 'wasm' };
  const canvas = document.createElement('canvas');
  if (typeof canvas.captureStream !== 'function' || !canvas.getContext('2d'))
    return { supported: false, reason: 'canvas' };
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return { supported: false, reason: 'webgl' };
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { supported: true };
}

/** The input size of the landscape model (256×144): frames are scaled down to it before segmenting. */
const INPUT = { width: 256, height: 144 };

/**
 * After a mask, the next one is asked for only once this many times its duration has passed: the
 * segmentation runs on the page's thread, so where it is slow (no GPU) it takes at most about a
 * third of it and frames keep coming with the latest mask (at least one a second); where it is
 * fast, every frame gets one.
 */
const SPACING = 2;

/** Stops segmenting after this long without a frame (the middleware was removed, or the camera is off). */
// Not shorter: on a slow or busy machine frames may pause for a second, and loading the model
// again takes seconds (the whole frame is blurred meanwhile).
const IDLE_MS = 4000;

/**
 * One segmenter for the page, shared by every effect, closed when no effect has drawn a frame for
 * a while (so nothing keeps running after an effect is turned off, even when whoever removed the
 * middleware never tells us).
 */
class Segmenter {
  private instance?: Promise<SelfieSegmentation>;
  private busy = false;
  private loading = false;
  private lastUse = 0;
  /** No new mask before this time (`performance.now()`). */
  private nextAt = 0;
  private idleTimer?: ReturnType<typeof setInterval>;
  private readonly input = document.createElement('canvas');
  /** The latest mask (same size as the input). */
  mask?: SegmentationResults['segmentationMask'];
  /** Milliseconds the latest segmentation took. */
  lastMs = 0;
  /** Set when loading failed. */
  error?: unknown;

  constructor() {
    this.input.width = INPUT.width;
    this.input.height = INPUT.height;
  }

  get running(): boolean {
    return Boolean(this.instance);
  }

  /** Loads (once) the segmentation runtime and model. */
  load(): Promise<SelfieSegmentation> {
    if (!this.instance) this.loading = true;
    this.instance ??= (async () => {
      const url = effectAsset('selfie_segmentation.js');
      await import(/* @vite-ignore */ url);
      const Class = (globalThis as { SelfieSegmentation?: SegmentationClass }).SelfieSegmentation;
      if (!Class) throw new Error('The person segmentation did not load.');
      const seg = new Class({
        locateFile: (file) => (file.endsWith('.js') ? effectScript(file) : effectAsset(file)),
      });
      seg.setOptions({ modelSelection: 1, selfieMode: false });
      seg.onResults((results) => {
        if (this.mask !== results.segmentationMask) this.mask?.close?.();
        this.mask = results.segmentationMask;
      });
      await seg.initialize();
      // Idle from now on: loading may take longer than the idle delay.
      this.lastUse = performance.now();
      return seg;
    })();
    const instance = this.instance;
    instance.then(
      () => {
        this.loading = false;
      },
      (error) => {
        this.loading = false;
        this.error = error;
        if (this.instance === instance) this.instance = undefined;
      },
    );
    this.watchIdle();
    return this.instance;
  }

  /** Asks for the mask of `frame` unless one is being computed. */
  request(frame: HTMLCanvasElement): void {
    this.lastUse = performance.now();
    if (this.busy || !this.instance || this.lastUse < this.nextAt) return;
    this.busy = true;
    const instance = this.instance;
    const g = this.input.getContext('2d');
    g?.drawImage(frame, 0, 0, INPUT.width, INPUT.height);
    const started = performance.now();
    void instance
      .then((seg) => seg.send({ image: this.input }))
      .then(() => {
        const now = performance.now();
        this.lastMs = now - started;
        // The first one (the model compiling) says nothing of the next: at most a second.
        this.nextAt = now + Math.min(SPACING * this.lastMs, 1000);
      })
      .catch(() => undefined)
      .finally(() => {
        this.busy = false;
      });
  }

  /** Closes the segmenter now (its WebGL context and WebAssembly memory go). */
  close(): void {
    const instance = this.instance;
    this.instance = undefined;
    this.mask?.close?.();
    this.mask = undefined;
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = undefined;
    void instance?.then((seg) => seg.close()).catch(() => undefined);
  }

  private watchIdle(): void {
    this.lastUse = performance.now();
    this.idleTimer ??= setInterval(() => {
      if (performance.now() - this.lastUse > IDLE_MS && !this.busy && !this.loading) this.close();
    }, IDLE_MS / 3);
  }
}

let shared: Segmenter | undefined;

function segmenter(): Segmenter {
  shared ??= new Segmenter();
  return shared;
}

/** Whether a segmenter is loaded now (for tests: none is left once effects are off). */
export function segmenterRunning(): boolean {
  return shared?.running ?? false;
}

/** Milliseconds the last segmentation took (for the bench). */
export function lastSegmentationMs(): number {
  return shared?.lastMs ?? 0;
}

/** Closes the segmenter at once (after the last effect was removed, or on leaving). */
export function releaseSegmenter(): void {
  shared?.close();
}

/** Draws `image` to cover `w`×`h`, centred. */
function drawCover(
  g: CanvasRenderingContext2D,
  image: CanvasImageSource,
  w: number,
  h: number,
): void {
  const size = image as { width: number; height: number };
  const iw = Number(size.width) || w;
  const ih = Number(size.height) || h;
  const scale = Math.max(w / iw, h / ih);
  const dw = iw * scale;
  const dh = ih * scale;
  g.drawImage(image, (w - dw) / 2, (h - dh) / 2, dw, dh);
}

function canvas(w: number, h: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** A frame processor drawing `kind` behind the person. */
function processor(kind: BackgroundKind): VideoFrameProcessor {
  const seg = segmenter();
  let frame: HTMLCanvasElement | undefined;
  let person: HTMLCanvasElement | undefined;
  let small: HTMLCanvasElement | undefined;
  /** The latest mask with softened edges, at the mask's size (redrawn only for a new mask). */
  const soft = canvas(INPUT.width, INPUT.height);
  let softFrom: unknown;
  return (target, ctx) => {
    const { width: w, height: h } = target;
    if (frame?.width !== w || frame.height !== h) {
      frame = canvas(w, h);
      person = canvas(w, h);
    }
    const f = frame.getContext('2d')!;
    f.drawImage(target, 0, 0);
    if (!seg.running) void seg.load().catch(() => undefined);
    seg.request(frame);
    ctx.save();
    ctx.globalCompositeOperation = 'source-over';
    ctx.filter = 'none';
    const mask = seg.mask;
    // Until the first mask, the whole frame is blurred (the background is never shown sharp).
    const blur = 'blur' in kind ? kind.blur : mask ? 0 : 22;
    if (blur) {
      // Scaled down then up, with a blur filter where the browser has one: smooth and cheap.
      const factor = Math.max(2, Math.round(blur / 2));
      const sw = Math.max(8, Math.round(w / factor));
      const sh = Math.max(8, Math.round(h / factor));
      if (small?.width !== sw || small.height !== sh) small = canvas(sw, sh);
      const s = small.getContext('2d')!;
      s.filter = `blur(${Math.max(1, Math.round(blur / factor))}px)`;
      s.drawImage(frame, 0, 0, sw, sh);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(small, 0, 0, w, h);
    } else if ('image' in kind) {
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, w, h);
      drawCover(ctx, kind.image, w, h);
    }
    if (mask && person) {
      if (softFrom !== mask) {
        // A slightly softened edge, so the person does not look cut out; blurred once per mask,
        // small, and smoothed further by scaling it up.
        const g = soft.getContext('2d')!;
        g.globalCompositeOperation = 'copy';
        g.filter = 'blur(1px)';
        g.drawImage(mask, 0, 0, soft.width, soft.height);
        softFrom = mask;
      }
      const p = person.getContext('2d')!;
      p.globalCompositeOperation = 'copy';
      p.imageSmoothingEnabled = true;
      p.drawImage(soft, 0, 0, w, h);
      p.globalCompositeOperation = 'source-in';
      p.drawImage(frame, 0, 0);
      ctx.drawImage(person, 0, 0);
    }
    ctx.restore();
  };
}

/**
 * A video middleware putting `kind` behind the person. Resolving it loads the segmentation (its
 * files come from `effectAsset()`); it rejects when they cannot be loaded.
 */
export function backgroundMiddleware(kind: BackgroundKind): VideoMiddleware {
  return async () => {
    const seg = segmenter();
    await seg.load();
    return processor(kind);
  };
}

/** Backgrounds drawn by the kit (no picture files): a name key and how to paint it. */
export const BUILT_IN_BACKGROUNDS: ReadonlyArray<{
  id: string;
  paint: (g: CanvasRenderingContext2D, w: number, h: number) => void;
}> = [
  {
    id: 'dawn',
    paint: (g, w, h) => {
      const sky = g.createLinearGradient(0, 0, 0, h);
      sky.addColorStop(0, '#1e3a8a');
      sky.addColorStop(0.55, '#f472b6');
      sky.addColorStop(1, '#fbbf24');
      g.fillStyle = sky;
      g.fillRect(0, 0, w, h);
      g.fillStyle = 'rgba(255,255,255,0.85)';
      g.beginPath();
      g.arc(w * 0.78, h * 0.62, h * 0.12, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#312e81';
      g.beginPath();
      g.moveTo(0, h);
      for (let x = 0; x <= w; x += w / 8) g.lineTo(x, h * (0.72 + 0.08 * Math.sin((x / w) * 9)));
      g.lineTo(w, h);
      g.fill();
    },
  },
  {
    id: 'studio',
    paint: (g, w, h) => {
      g.fillStyle = '#e7e0d4';
      g.fillRect(0, 0, w, h);
      g.fillStyle = '#cfc4b2';
      g.fillRect(0, h * 0.78, w, h * 0.22);
      // Shelves with books.
      const colours = ['#b45309', '#0f766e', '#1d4ed8', '#be123c', '#4d7c0f'];
      for (let row = 0; row < 2; row++) {
        const y = h * (0.3 + row * 0.22);
        g.fillStyle = '#7c5a3a';
        g.fillRect(w * 0.05, y, w * 0.3, h * 0.02);
        for (let i = 0; i < 7; i++) {
          g.fillStyle = colours[(i + row * 2) % colours.length]!;
          const bh = h * (0.1 + ((i * 7 + row * 3) % 5) * 0.012);
          g.fillRect(w * (0.06 + i * 0.04), y - bh, w * 0.032, bh);
        }
      }
      // A window with daylight.
      g.fillStyle = '#bfdbfe';
      g.fillRect(w * 0.66, h * 0.14, w * 0.26, h * 0.44);
      g.fillStyle = '#f8fafc';
      g.fillRect(w * 0.785, h * 0.14, w * 0.01, h * 0.44);
      g.fillRect(w * 0.66, h * 0.355, w * 0.26, h * 0.012);
      // A plant.
      g.fillStyle = '#166534';
      for (let i = 0; i < 5; i++) {
        g.beginPath();
        g.ellipse(w * 0.6, h * 0.62, w * 0.012, h * 0.12, (i - 2) * 0.4, 0, Math.PI * 2);
        g.fill();
      }
      g.fillStyle = '#92400e';
      g.fillRect(w * 0.585, h * 0.68, w * 0.03, h * 0.1);
    },
  },
  {
    id: 'forest',
    paint: (g, w, h) => {
      const bg = g.createLinearGradient(0, 0, w, h);
      bg.addColorStop(0, '#064e3b');
      bg.addColorStop(1, '#65a30d');
      g.fillStyle = bg;
      g.fillRect(0, 0, w, h);
      for (let i = 0; i < 24; i++) {
        const x = ((i * 97) % 100) / 100;
        const y = ((i * 61) % 100) / 100;
        g.fillStyle = `rgba(236, 252, 203, ${0.08 + (i % 4) * 0.04})`;
        g.beginPath();
        g.arc(x * w, y * h, h * (0.04 + (i % 5) * 0.025), 0, Math.PI * 2);
        g.fill();
      }
    },
  },
];

/** The built-in background `id` drawn at 640×360, or `undefined` for an unknown id. */
export function builtInBackground(id: string): HTMLCanvasElement | undefined {
  const found = BUILT_IN_BACKGROUNDS.find((b) => b.id === id);
  if (!found) return undefined;
  const c = canvas(640, 360);
  found.paint(c.getContext('2d')!, 640, 360);
  return c;
}

/** A picture the person chose, scaled down to at most 1280×720 (a canvas). Rejects when it is not an image. */
export async function pictureFromFile(file: Blob): Promise<HTMLCanvasElement> {
  if (!file.type.startsWith('image/')) throw new Error('not-image');
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1280 / bitmap.width, 720 / bitmap.height);
  const c = canvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  c.getContext('2d')!.drawImage(bitmap, 0, 0, c.width, c.height);
  bitmap.close();
  return c;
}
