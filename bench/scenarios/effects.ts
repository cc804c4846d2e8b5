/**
 * Background effects and noise suppression benchmark:
 * - video: a 640×360 camera-like picture (a person-like figure in a room, moving) through the
 *   kit's background middleware (`backgroundMiddleware`, the one `rtk-background-effects` adds):
 *   light blur, strong blur and a picture; per frame, the drawing (milliseconds the processor takes)
 *   and the person segmentation (MediaPipe, milliseconds from asking for a mask until it is back),
 *   medians over FRAMES frames paced at 30 a second, after the first mask;
 * - the demo meeting at 30 fps: the same picture as the camera (`self.enableVideo(track)`), the
 *   effect added with `self.addVideoMiddleware`, and the frames of `self.videoTrack` counted for
 *   three seconds (`requestVideoFrameCallback`);
 * - audio: RNNoise's AudioWorklet (`createNoiseSuppressor`) in an OfflineAudioContext rendering the
 *   noisy test clip (`noisyClip`), timed against the same render without it: milliseconds of CPU
 *   per second of audio; and how much quieter the clip's noise-only stretches come out.
 */
import { BLUR } from '../../src/effects/background-choice.js';
import {
  backgroundMiddleware,
  builtInBackground,
  lastSegmentationMs,
  releaseSegmenter,
  segmentationStats,
  type BackgroundKind,
} from '../../src/effects/background.js';
import { createNoiseSuppressor, noisyClip } from '../../src/effects/noise-suppression.js';
import { createDemoMeeting } from '../../src/demo/index.js';

const FRAMES = 100;
const MASKS = 10;
const WIDTH = 640;
const HEIGHT = 360;
const FPS = 30;
const AUDIO_SECONDS = 10;

type Row = { measure: string; value: string; notes: string };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A person-like figure (head, shoulders) in a room with a window, swaying a little. */
function paintScene(g: CanvasRenderingContext2D, time: number): void {
  const w = WIDTH;
  const h = HEIGHT;
  g.fillStyle = '#d6d3cb';
  g.fillRect(0, 0, w, h);
  g.fillStyle = '#9cc3e6';
  g.fillRect(w * 0.68, h * 0.12, w * 0.24, h * 0.42);
  g.fillStyle = '#8b6b4a';
  g.fillRect(0, h * 0.8, w, h * 0.2);
  const x = w / 2 + Math.sin(time / 700) * w * 0.04;
  g.fillStyle = '#1f2937';
  g.beginPath();
  g.ellipse(x, h * 1.02, w * 0.2, h * 0.36, 0, Math.PI, 0);
  g.fill();
  g.fillStyle = '#e0b48f';
  g.fillRect(x - w * 0.035, h * 0.52, w * 0.07, h * 0.14);
  g.beginPath();
  g.ellipse(x, h * 0.42, w * 0.075, h * 0.17, 0, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#3b2a1a';
  g.beginPath();
  g.ellipse(x, h * 0.32, w * 0.08, h * 0.09, 0, Math.PI, 0);
  g.fill();
}

function canvas(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = WIDTH;
  c.height = HEIGHT;
  return c;
}

const KINDS: Array<{ name: string; kind: () => BackgroundKind }> = [
  { name: 'light blur', kind: () => ({ blur: BLUR['blur-light'] }) },
  { name: 'strong blur', kind: () => ({ blur: BLUR['blur-strong'] }) },
  { name: 'picture (Studio)', kind: () => ({ image: builtInBackground('studio')! }) },
];

async function perFrame(rows: Row[]): Promise<void> {
  const source = canvas();
  const sg = source.getContext('2d')!;
  const target = canvas();
  const ctx = target.getContext('2d')!;
  for (const { name, kind } of KINDS) {
    const processor = await backgroundMiddleware(kind())();
    const draw: number[] = [];
    const segment: number[] = [];
    let last = lastSegmentationMs();
    let warm = 0;
    let frames = 0;
    const started = performance.now();
    // FRAMES frames, and at least MASKS masks (within 25 s) for their median.
    while (
      draw.length < FRAMES ||
      (segment.length < MASKS && performance.now() - started < 25_000)
    ) {
      const due = started + frames++ * (1000 / FPS);
      await sleep(Math.max(0, due - performance.now()));
      paintScene(sg, performance.now());
      ctx.drawImage(source, 0, 0);
      const t0 = performance.now();
      await processor(target, ctx);
      const ms = performance.now() - t0;
      const seg = lastSegmentationMs();
      // The first frames come before the first mask: left out.
      if (seg === 0 && warm < 300) {
        warm++;
        continue;
      }
      if (draw.length < FRAMES) draw.push(ms);
      // The first mask's time includes compiling the model: left out.
      if (seg !== last && last !== 0) segment.push(seg);
      last = seg;
    }
    rows.push({
      measure: `background effect, ${name}, 640×360: ms per frame`,
      value: `${median(draw).toFixed(1)} ms drawing + ${median(segment).toFixed(1)} ms segmentation`,
      notes: `medians of ${FRAMES} frames at 30/s (${segment.length} masks); worst drawing ${Math.max(...draw).toFixed(1)} ms`,
    });
  }
  releaseSegmenter();
}

async function demoFps(rows: Row[]): Promise<void> {
  const source = canvas();
  const sg = source.getContext('2d')!;
  paintScene(sg, 0);
  const camera = source.captureStream(FPS).getVideoTracks()[0]!;
  const paint = setInterval(() => paintScene(sg, performance.now()), 1000 / FPS);
  const meeting = createDemoMeeting({ people: 1, seed: 7, latency: 0, preset: 'host' });
  await meeting.join();
  // The host joins with the demo's own camera on: swapped for the 640×360 picture.
  await meeting.self.disableVideo();
  await meeting.self.enableVideo(camera);
  const self = meeting.self as unknown as {
    videoTrack: MediaStreamTrack;
    addVideoMiddleware(m: unknown): Promise<unknown>;
    removeVideoMiddleware(m: unknown): Promise<unknown>;
  };
  // First without an effect: what this machine achieves anyway.
  // Then each effect, and light blur again with the segmentation on the page's thread (as where
  // no worker can run it): both under the same load of the machine.
  const runs: Array<{ name: string; kind?: () => BackgroundKind; noWorker?: boolean }> = [
    { name: 'no effect' },
    ...KINDS,
    { name: "light blur, segmenting on the page's thread", kind: KINDS[0]!.kind, noWorker: true },
  ];
  const worker = window.Worker;
  for (const { name, kind, noWorker } of runs) {
    if (noWorker) {
      // The worker's segmenter goes; the next one loads without a worker.
      releaseSegmenter();
      (window as { Worker?: unknown }).Worker = undefined;
    }
    const middleware = kind ? backgroundMiddleware(kind()) : undefined;
    if (middleware) await self.addVideoMiddleware(middleware);
    // Until the first masks are back (the first one compiles the model: seconds).
    const t0 = performance.now();
    while (middleware && segmentationStats().masks < 2 && performance.now() - t0 < 20_000)
      await sleep(50);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = new MediaStream([self.videoTrack]);
    document.body.append(video);
    await video.play();
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) video.requestVideoFrameCallback(count);
    };
    await sleep(500);
    frames = 0;
    // The page's long tasks (over 50 ms) while counting: the segmentation on the page's thread
    // makes them; in a worker there should be none.
    const long: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => long.push(entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    const masks0 = segmentationStats().masks;
    const ms0 = lastSegmentationMs();
    const seen: number[] = [];
    const watch = setInterval(() => {
      const last = lastSegmentationMs();
      if (last !== (seen.at(-1) ?? ms0)) seen.push(last);
    }, 10);
    video.requestVideoFrameCallback(count);
    const start = performance.now();
    await sleep(3000);
    counting = false;
    const seconds = (performance.now() - start) / 1000;
    const fps = frames / seconds;
    clearInterval(watch);
    observer.disconnect();
    const { where, inference, masks } = segmentationStats();
    const [width, height] = [video.videoWidth, video.videoHeight];
    rows.push({
      measure: `demo meeting at 30 fps, ${name}: frames a second`,
      value: `${fps.toFixed(1)} fps`,
      notes: `self.videoTrack (${width}×${height}) played for 3 s, frames counted with requestVideoFrameCallback`,
    });
    rows.push({
      measure: `demo meeting at 30 fps, ${name}: ${middleware ? 'masks a second, ms per mask, ' : ''}long tasks`,
      value: `${middleware ? `${((masks - masks0) / seconds).toFixed(1)} masks/s, ${seen.length ? median(seen).toFixed(0) : '–'} ms per mask, ` : ''}${long.length} long tasks`,
      notes: `${middleware ? `segmentation ${where === 'worker' ? 'in a worker' : "on the page's thread"} (model on the ${inference === 'cpu' ? 'CPU, WebAssembly: software WebGL here' : 'GPU'}); ms from sending a frame until its mask is back (median); ` : ''}long tasks of the page (over 50 ms${long.length ? `, longest ${Math.max(...long).toFixed(0)} ms` : ''}) in the same 3 s`,
    });
    video.remove();
    if (middleware) await self.removeVideoMiddleware(middleware);
    if (noWorker) {
      window.Worker = worker;
      releaseSegmenter();
    }
  }
  clearInterval(paint);
  await meeting.leave();
  releaseSegmenter();
}

async function render(suppress: boolean): Promise<{ ms: number; output: Float32Array }> {
  const rate = 48000;
  const context = new OfflineAudioContext(1, AUDIO_SECONDS * rate, rate);
  const source = context.createBufferSource();
  source.buffer = noisyClip(context, AUDIO_SECONDS);
  if (suppress) {
    const node = await createNoiseSuppressor(context);
    source.connect(node).connect(context.destination);
  } else source.connect(context.destination);
  source.start();
  // The worklet loads its WebAssembly on its own thread, after the node is made, and passes nothing
  // until then: the render pauses after its first quantum until it is surely ready (both renders
  // alike), and is timed from there.
  let t0 = 0;
  void context.suspend(128 / rate).then(async () => {
    await sleep(500);
    t0 = performance.now();
    await context.resume();
  });
  const rendered = await context.startRendering();
  return { ms: performance.now() - t0, output: rendered.getChannelData(0) };
}

/**
 * RMS of `data` over the clip's noise-only stretches (1.25 s to 1.55 s of every 1.6 s) and over its
 * loudest syllables (0.05 s around 0.125 s, 0.375 s, … within the first 1.2 s of every 1.6 s).
 */
function levels(data: Float32Array, rate = 48000): { noise: number; voice: number } {
  const sums = { noise: [0, 0], voice: [0, 0] };
  for (let i = 0; i < data.length; i++) {
    const t = (i / rate) % 1.6;
    const where =
      t >= 1.25 && t <= 1.55
        ? sums.noise
        : t < 1.2 && Math.abs((t % 0.25) - 0.125) < 0.025
          ? sums.voice
          : undefined;
    if (!where) continue;
    where[0] += data[i]! ** 2;
    where[1]++;
  }
  return {
    noise: Math.sqrt(sums.noise[0]! / sums.noise[1]!),
    voice: Math.sqrt(sums.voice[0]! / sums.voice[1]!),
  };
}

const db = (after: number, before: number) =>
  after > 0 ? `${(20 * Math.log10(after / before)).toFixed(1)} dB` : 'silent';

async function audio(rows: Row[]): Promise<void> {
  await render(true); // Loads the WebAssembly and the worklet module once.
  const plain: number[] = [];
  const suppressed: number[] = [];
  let before = { noise: 0, voice: 0 };
  let after = { noise: 0, voice: 0 };
  for (let i = 0; i < 3; i++) {
    const a = await render(false);
    const b = await render(true);
    plain.push(a.ms);
    suppressed.push(b.ms);
    before = levels(a.output);
    after = levels(b.output);
  }
  const perSecond = (median(suppressed) - median(plain)) / AUDIO_SECONDS;
  const quanta = (AUDIO_SECONDS * 48000) / 128;
  rows.push({
    measure: 'noise suppression (RNNoise AudioWorklet): CPU per second of audio',
    value: `${perSecond.toFixed(1)} ms (${(perSecond / 10).toFixed(1)}% of one core)`,
    notes: `${AUDIO_SECONDS} s at 48 kHz (${quanta} render quanta) offline: ${median(suppressed).toFixed(0)} ms with it, ${median(plain).toFixed(0)} ms without (medians of 3)`,
  });
  rows.push({
    measure: 'noise suppression on the noisy test clip: noise / voice',
    value: `${db(after.noise, before.noise)} / ${db(after.voice, before.voice)}`,
    notes:
      'RMS of the output against the clip as it is, between syllables (hiss and hum only) and at their loudest',
  });
}

async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  await perFrame(rows);
  await demoFps(rows);
  await audio(rows);
  return rows;
}

(window as unknown as { benchScenario: () => Promise<Row[]> }).benchScenario = run;
