import type * as Rnnoise from '@sapphi-red/web-noise-suppressor';
import { effectAsset } from './effect-assets.js';
import type { AudioMiddleware } from '../meeting/self.js';

/**
 * Noise suppression for the microphone (loaded only when someone turns it on): an audio middleware
 * of the SDK (`self.addAudioMiddleware`) running RNNoise in an AudioWorklet, from
 * `@sapphi-red/web-noise-suppressor`; its worklet and WebAssembly come from the kit's own files
 * (`effect-assets.ts`).
 */

/** Whether this browser can run it. */
export function noiseSuppressionSupported(): boolean {
  return (
    typeof WebAssembly === 'object' &&
    typeof AudioWorkletNode === 'function' &&
    typeof AudioContext === 'function'
  );
}

// The package defines its worklet node class when it loads, which needs a browser: loaded on use,
// so this module imports anywhere (a server rendering the page, too).
let library: Promise<typeof Rnnoise> | undefined;
const rnnoise = () => (library ??= import('@sapphi-red/web-noise-suppressor'));

let wasm: Promise<ArrayBuffer> | undefined;
const contexts = new WeakSet<BaseAudioContext>();
/** Worklet nodes alive now (for tests: none once it is off). */
const live = new Set<Rnnoise.RnnoiseWorkletNode>();

/** The RNNoise node for `context` (the worklet module is added once per context). */
export async function createNoiseSuppressor(context: BaseAudioContext): Promise<AudioWorkletNode> {
  const { loadRnnoise, RnnoiseWorkletNode } = await rnnoise();
  wasm ??= loadRnnoise({
    url: effectAsset('rnnoise.wasm'),
    simdUrl: effectAsset('rnnoise_simd.wasm'),
  });
  wasm.catch(() => {
    wasm = undefined;
  });
  const binary = await wasm;
  if (!contexts.has(context)) {
    await context.audioWorklet.addModule(effectAsset('rnnoise-worklet.js'));
    contexts.add(context);
  }
  const node = new RnnoiseWorkletNode(context as AudioContext, {
    maxChannels: 1,
    wasmBinary: binary,
  });
  live.add(node);
  const destroy = node.destroy.bind(node);
  node.destroy = () => {
    live.delete(node);
    destroy();
  };
  return node;
}

/** How many suppressor nodes are alive (for tests). */
export function liveSuppressors(): number {
  return live.size;
}

/** The audio middleware (one function, so add and remove get the same one). */
export const noiseSuppressionMiddleware: AudioMiddleware = (context) =>
  createNoiseSuppressor(context);

/**
 * A made-up noisy clip of `seconds` at the context's rate: a voice-like tone speaking syllables
 * (4 a second, around 150 Hz with harmonics; silent from 1.2 s to 1.6 s of every 1.6 s) over hiss
 * and a 50 Hz hum.
 */
export function noisyClip(context: BaseAudioContext, seconds = 4): AudioBuffer {
  const rate = context.sampleRate;
  const buffer = context.createBuffer(1, Math.round(seconds * rate), rate);
  const data = buffer.getChannelData(0);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  let phase = 0;
  for (let i = 0; i < data.length; i++) {
    const t = i / rate;
    const syllable = Math.max(0, Math.sin(Math.PI * 4 * t)) ** 2 * (t % 1.6 < 1.2 ? 1 : 0);
    phase += (2 * Math.PI * (150 + 30 * Math.sin(2 * Math.PI * 0.7 * t))) / rate;
    const voice =
      0.5 * Math.sin(phase) +
      0.25 * Math.sin(2 * phase) +
      0.15 * Math.sin(3 * phase) +
      0.08 * Math.sin(5 * phase);
    const noise = 0.18 * random() + 0.05 * Math.sin(2 * Math.PI * 50 * t);
    data[i] = 0.35 * syllable * voice + noise;
  }
  return buffer;
}

/**
 * Plays the noisy clip (`noisyClip`) for four seconds, through the suppressor when `suppress` is
 * set, to the speakers. Resolves when it ended.
 */
export async function playNoisyClip(suppress: boolean): Promise<void> {
  const context = new AudioContext({ sampleRate: 48000 });
  try {
    const source = context.createBufferSource();
    source.buffer = noisyClip(context);
    let node: AudioWorkletNode | undefined;
    if (suppress) node = await createNoiseSuppressor(context);
    if (node) source.connect(node).connect(context.destination);
    else source.connect(context.destination);
    await context.resume();
    await new Promise<void>((resolve) => {
      source.onended = () => resolve();
      source.start();
    });
    (node as { destroy?: () => void } | undefined)?.destroy?.();
  } finally {
    void context.close().catch(() => undefined);
  }
}
