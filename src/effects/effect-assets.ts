/**
 * Where the kit finds the files of its built-in background effects and noise suppression: the
 * person segmentation (MediaPipe's selfie segmentation: its loader, WebAssembly runtime and model,
 * from the npm package `@mediapipe/selfie_segmentation`, and the kit's worker that runs it) and RNNoise (its AudioWorklet processor
 * and WebAssembly, from `@sapphi-red/web-noise-suppressor`). Nothing is fetched from anywhere else.
 *
 * By default each file is read from the folder `effect-assets/` beside this module. The kit's
 * build copies that folder to `dist/effects/effect-assets/` (and `dist/cdn/chunks/effect-assets/`
 * for the CDN bundle). Each file is named by a literal `new URL('./effect-assets/…',
 * import.meta.url)`, so a bundler that follows those (Vite, webpack 5, Parcel) copies the files
 * into the app's build by itself. An app whose bundler does not (or that hosts them elsewhere)
 * copies the folder to its own static files and says where:
 *
 * ```ts
 * import { setEffectAssetsPath } from 'realtimekit-lit/classes';
 * setEffectAssetsPath('/static/rtk-effect-assets/');
 * ```
 */

let base: string | undefined;

/**
 * Each file the effects load, as a URL a bundler can follow (`?no-inline`: Vite would make the
 * smallest a `data:` URL, which a strict `connect-src` refuses; a static server ignores it). A function, so that nothing is
 * resolved before an effect is first used.
 */
const files = (): Record<string, URL> => ({
  'selfie_segmentation.js': new URL('./effect-assets/selfie_segmentation.js', import.meta.url),
  'selfie_segmentation.binarypb': new URL(
    './effect-assets/selfie_segmentation.binarypb?no-inline',
    import.meta.url,
  ),
  'selfie_segmentation.tflite': new URL(
    './effect-assets/selfie_segmentation.tflite',
    import.meta.url,
  ),
  'selfie_segmentation_landscape.tflite': new URL(
    './effect-assets/selfie_segmentation_landscape.tflite',
    import.meta.url,
  ),
  'selfie_segmentation_solution_simd_wasm_bin.js': new URL(
    './effect-assets/selfie_segmentation_solution_simd_wasm_bin.js',
    import.meta.url,
  ),
  'selfie_segmentation_solution_simd_wasm_bin.data': new URL(
    './effect-assets/selfie_segmentation_solution_simd_wasm_bin.data?no-inline',
    import.meta.url,
  ),
  'selfie_segmentation_solution_simd_wasm_bin.wasm': new URL(
    './effect-assets/selfie_segmentation_solution_simd_wasm_bin.wasm',
    import.meta.url,
  ),
  'selfie_segmentation_solution_wasm_bin.js': new URL(
    './effect-assets/selfie_segmentation_solution_wasm_bin.js',
    import.meta.url,
  ),
  'selfie_segmentation_solution_wasm_bin.wasm': new URL(
    './effect-assets/selfie_segmentation_solution_wasm_bin.wasm',
    import.meta.url,
  ),
  'segmentation-worker.js': new URL('./effect-assets/segmentation-worker.js', import.meta.url),
  'rnnoise-worklet.js': new URL('./effect-assets/rnnoise-worklet.js', import.meta.url),
  'rnnoise.wasm': new URL('./effect-assets/rnnoise.wasm', import.meta.url),
  'rnnoise_simd.wasm': new URL('./effect-assets/rnnoise_simd.wasm', import.meta.url),
});
let known: Record<string, URL> | undefined;

/**
 * Makes the built-in background effects and noise suppression load their files from `path`: a
 * folder URL, absolute or relative to the page, holding the files of the kit's
 * `dist/effects/effect-assets/` under their own names. `undefined` goes back to the files beside
 * the kit's code. Call it before an effect is first turned on.
 */
export function setEffectAssetsPath(path: string | undefined): void {
  base = path ? (path.endsWith('/') ? path : `${path}/`) : undefined;
}

/** The URL of the effect file `name`. */
export function effectAsset(name: string): string {
  if (base) return new URL(name, new URL(base, document.baseURI)).href;
  known ??= files();
  // Not a template literal: Vite would read it as a pattern and copy the whole folder.
  return (known[name] ?? new URL('./effect-assets/' + name, import.meta.url)).href;
}

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The URL of the effect script `name` for a `<script src>` (MediaPipe loads its runtime so) or a
 * `new Worker()` (the segmentation's worker): where
 * the page enforces Trusted Types, a `TrustedScriptURL` of the kit's policy `rtk-effects`, which
 * passes only the URLs of the effect files (the page lists `rtk-effects` in its `trusted-types`
 * directive); elsewhere the URL itself.
 */
export function effectScript(name: string): string {
  const url = effectAsset(name);
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: {
          createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
        };
      }
    ).trustedTypes;
    try {
      policy = (factory?.createPolicy('rtk-effects', {
        createScriptURL: (input) => {
          const asked = new URL(input, document.baseURI).href;
          const names = Object.keys((known ??= files()));
          if (!names.some((file) => effectAsset(file) === asked))
            throw new TypeError(`Not an effect file: ${input}`);
          return asked;
        },
      }) ?? null) as ScriptUrlPolicy | null;
    } catch {
      // The page's policy does not allow it: plain URLs (refused if Trusted Types are enforced).
      policy = null;
    }
  }
  // The runtime only hands the value to `setAttribute('src', …)`.
  return (policy ? policy.createScriptURL(url) : url) as string;
}
