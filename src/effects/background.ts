import { effectAsset, effectScript } from './effect-assets.js';
import type { VideoFrameProcessor, VideoMiddleware } from './video-effect-types.js';

/**
 * The kit's built-in background effects (loaded only when someone turns one on): a blurred
 * background or a picture behind the person, as video middlewares of the SDK
 * (`self.addVideoMiddleware`). The person is found in each frame by MediaPipe's selfie
 * segmentation (WebAssembly, its model on the GPU with WebGL 2, or as WebAssembly where WebGL is
 * software, as on a machine without a GPU), loaded from the kit's own
 * files (`effect-assets.ts`), in a worker (`effect-assets/segmentation-worker.js`) so that the
 * page's thread only draws; where no worker can run it, on the page's thread. Frames never wait
 * for the segmentation: each frame is drawn with the latest mask, and a new frame is sent to be
 * segmented once the previous mask is back (never queued), after a short rest.
 */

/** What a background effect does. */
export type BackgroundKind = { blur: number } | { image: CanvasImageSource };

interface SegmentationResults {
  segmentationMask: CanvasImageSource & { close?: () => void };
}

interface SelfieSegmentation {
  setOptions(options: {
    modelSelection?: number;
    selfieMode?: boolean;
    useCpuInference?: boolean;
  }): void;
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
 * On the page's thread only (where no worker could run the segmentation): after a mask, the next
 * one is asked for only once this many times its duration has passed, so where it is slow (no GPU)
 * it takes at most about a third of the thread and frames keep coming with the latest mask (at
 * least one a second); where it is fast, every frame gets one. In a worker, a frame is sent as soon
 * as the previous mask is back.
 */
const SPACING = 2;

/**
 * In a worker: after a mask, the worker rests for this fraction of its duration before the next
 * frame is sent, so that where the segmentation is slow (software WebGL) it leaves the page's
 * thread a share of a small machine's cores; where it is fast, this is a few milliseconds.
 */
const WORKER_REST = 0.5;

/** Stops segmenting after this long without a frame (the middleware was removed, or the camera is off). */
// Not shorter: on a slow or busy machine frames may pause for a second, and loading the model
// again takes seconds (the whole frame is blurred meanwhile).
const IDLE_MS = 4000;

/** The worker script among the effect files (`effect-assets/segmentation-worker.js`). */
const WORKER = 'segmentation-worker.js';

/** The files the segmentation loads, which the worker is told the URLs of. */
const SEGMENTATION_FILES = [
  'selfie_segmentation.js',
  'selfie_segmentation.binarypb',
  'selfie_segmentation.tflite',
  'selfie_segmentation_landscape.tflite',
  'selfie_segmentation_solution_simd_wasm_bin.js',
  'selfie_segmentation_solution_simd_wasm_bin.wasm',
  'selfie_segmentation_solution_wasm_bin.js',
  'selfie_segmentation_solution_wasm_bin.wasm',
];

type Mask = CanvasImageSource & { close?: () => void };

/** Where the segmentation runs: a worker, or the page's thread (where no worker can). */
interface Engine {
  readonly where: 'worker' | 'page';
  /** The model on the GPU (WebGL), or as WebAssembly where WebGL is software (no GPU). */
  readonly inference: 'gpu' | 'cpu';
  /** The mask of `input` (the caller closes it), or `undefined` when none came. */
  segment(input: HTMLCanvasElement): Promise<Mask | undefined>;
  close(): void;
}

/** Workers the segmentation started and has not ended yet (for tests: none once effects are off). */
const workers = new Set<Worker>();

/**
 * The segmentation in a worker of the kit's own files (`effect-assets/segmentation-worker.js`):
 * the page's thread only scales frames down and draws. Rejects where a worker cannot run it (no
 * Worker, OffscreenCanvas or WebGL in workers, or the page's policy refuses the worker).
 */
async function workerEngine(): Promise<Engine> {
  if (
    typeof Worker !== 'function' ||
    typeof OffscreenCanvas !== 'function' ||
    typeof createImageBitmap !== 'function'
  )
    throw new Error('No workers with OffscreenCanvas here.');
  // A TrustedScriptURL of the kit's policy where the page enforces Trusted Types.
  const worker = new Worker(effectScript(WORKER) as unknown as URL);
  workers.add(worker);
  /** The one message awaited (a frame is sent only when the previous mask is back). */
  let waiting: { resolve: (data: WorkerReply) => void; reject: (error: Error) => void } | undefined;
  let broken: Error | undefined;
  const end = () => {
    worker.terminate();
    workers.delete(worker);
    broken ??= new Error('The segmentation worker was closed.');
    waiting?.reject(broken);
    waiting = undefined;
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const next = waiting;
    waiting = undefined;
    if (next) next.resolve(event.data);
    else (event.data as { mask?: ImageBitmap }).mask?.close();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    broken = new Error(event.message || 'The segmentation worker failed.');
    end();
  };
  const reply = () =>
    new Promise<WorkerReply>((resolve, reject) => {
      if (broken) reject(broken);
      else waiting = { resolve, reject };
    });
  const files = Object.fromEntries(SEGMENTATION_FILES.map((name) => [name, effectAsset(name)]));
  const ready = reply();
  worker.postMessage({ type: 'init', files });
  let inference: Engine['inference'];
  try {
    const answer = await ready;
    if (answer.type !== 'ready') throw new Error(answer.type === 'error' ? answer.message : '');
    inference = answer.inference === 'cpu' ? 'cpu' : 'gpu';
  } catch (error) {
    end();
    throw error;
  }
  return {
    where: 'worker',
    inference,
    async segment(input) {
      const image = await createImageBitmap(input);
      const answer = reply();
      worker.postMessage({ type: 'frame', image }, [image]);
      const data = await answer;
      return data.type === 'mask' ? data.mask : undefined;
    },
    close: end,
  };
}

type WorkerReply =
  | { type: 'ready'; inference?: string }
  | { type: 'mask'; mask: ImageBitmap; ms: number }
  | { type: 'error'; message: string };

/** Whether this browser's WebGL is a software renderer (no GPU). */
function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

/** The segmentation on the page's thread (MediaPipe's page path), where no worker can run it. */
async function pageEngine(): Promise<Engine> {
  const url = effectAsset('selfie_segmentation.js');
  await import(/* @vite-ignore */ url);
  const Class = (globalThis as { SelfieSegmentation?: SegmentationClass }).SelfieSegmentation;
  if (!Class) throw new Error('The person segmentation did not load.');
  const seg = new Class({
    locateFile: (file) => (file.endsWith('.js') ? effectScript(file) : effectAsset(file)),
  });
  // Without a GPU, the model runs faster as WebAssembly than through software WebGL.
  const inference = softwareWebGL() ? 'cpu' : 'gpu';
  seg.setOptions({ modelSelection: 1, selfieMode: false, useCpuInference: inference === 'cpu' });
  let latest: Mask | undefined;
  seg.onResults((results) => {
    latest = results.segmentationMask;
  });
  await seg.initialize();
  return {
    where: 'page',
    inference,
    async segment(input) {
      latest = undefined;
      await seg.send({ image: input });
      return latest;
    },
    close: () => void seg.close().catch(() => undefined),
  };
}

/**
 * One segmenter for the page, shared by every effect, closed when no effect has drawn a frame for
 * a while (so nothing keeps running after an effect is turned off, even when whoever removed the
 * middleware never tells us).
 */
class Segmenter {
  private instance?: Promise<Engine>;
  /** The segmentation under way, if any (one at a time). */
  private pending?: object;
  private loading = false;
  private lastUse = 0;
  /** No new mask before this time (`performance.now()`). */
  private nextAt = 0;
  private idleTimer?: ReturnType<typeof setInterval>;
  private readonly input = document.createElement('canvas');
  /** The latest mask (same size as the input). */
  mask?: Mask;
  /** Milliseconds the latest segmentation took (from asking until the mask is back). */
  lastMs = 0;
  /** Masks made since the segmenter was loaded. */
  masks = 0;
  /** Where it runs, once loaded. */
  where?: Engine['where'];
  /** How the model runs, once loaded. */
  inference?: Engine['inference'];
  /** Set when loading failed. */
  error?: unknown;

  constructor() {
    this.input.width = INPUT.width;
    this.input.height = INPUT.height;
  }

  get running(): boolean {
    return Boolean(this.instance);
  }

  /** Loads (once) the segmentation runtime and model: in a worker where one can run it. */
  load(): Promise<Engine> {
    if (!this.instance) this.loading = true;
    this.instance ??= (async () => {
      const engine = await workerEngine().catch(() => pageEngine());
      this.where = engine.where;
      this.inference = engine.inference;
      // Idle from now on: loading may take longer than the idle delay.
      this.lastUse = performance.now();
      return engine;
    })();
    const instance = this.instance;
    instance.then(
      (engine) => {
        this.loading = false;
        // Closed while it was loading.
        if (this.instance !== instance) engine.close();
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
    if (this.pending || !this.instance || this.lastUse < this.nextAt) return;
    const pending = {};
    this.pending = pending;
    const instance = this.instance;
    const g = this.input.getContext('2d');
    g?.drawImage(frame, 0, 0, INPUT.width, INPUT.height);
    const started = performance.now();
    void instance
      .then(async (engine) => {
        const mask = await engine.segment(this.input);
        if (this.instance !== instance) {
          mask?.close?.();
          return;
        }
        if (mask && mask !== this.mask) {
          this.mask?.close?.();
          this.mask = mask;
          this.masks++;
        }
        const now = performance.now();
        this.lastMs = now - started;
        // Spaced (widely on the page's thread); the first one (the model compiling) says nothing
        // of the next: at most a second.
        const rest = engine.where === 'page' ? SPACING : WORKER_REST;
        this.nextAt = now + Math.min(rest * this.lastMs, 1000);
      })
      .catch(() => undefined)
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
  }

  /** Closes the segmenter now (its worker, WebGL context and WebAssembly memory go). */
  close(): void {
    const instance = this.instance;
    this.instance = undefined;
    this.pending = undefined;
    this.where = undefined;
    this.inference = undefined;
    this.masks = 0;
    this.lastMs = 0;
    this.mask?.close?.();
    this.mask = undefined;
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = undefined;
    void instance?.then((engine) => engine.close()).catch(() => undefined);
  }

  private watchIdle(): void {
    this.lastUse = performance.now();
    this.idleTimer ??= setInterval(() => {
      if (performance.now() - this.lastUse > IDLE_MS && !this.pending && !this.loading)
        this.close();
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

/** Segmentation workers not ended yet (for tests: none once effects are off). */
export function segmentationWorkers(): number {
  return workers.size;
}

/** Milliseconds the last segmentation took (for the bench). */
export function lastSegmentationMs(): number {
  return shared?.lastMs ?? 0;
}

/** Where and how the segmentation runs, and how many masks it made since it loaded (bench, tests). */
export function segmentationStats(): {
  where?: 'worker' | 'page';
  inference?: 'gpu' | 'cpu';
  masks: number;
} {
  return { where: shared?.where, inference: shared?.inference, masks: shared?.masks ?? 0 };
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
