/**
 * Where the kit finds the files of its built-in background effects and noise suppression: the
 * person segmentation (MediaPipe's selfie segmentation: its loader, WebAssembly runtime and model,
 * from the npm package `@mediapipe/selfie_segmentation`) and RNNoise (its AudioWorklet processor
 * and WebAssembly, from `@sapphi-red/web-noise-suppressor`). Nothing is fetched from anywhere else.
 *
 * By default they are read from the folder `effect-assets/` beside this module: the kit's build
 * copies them to `dist/effects/effect-assets/` (and `dist/cdn/chunks/effect-assets/`). An app whose
 * bundler moves the kit's modules copies that folder to its own static files and says where:
 *
 * ```ts
 * import { setEffectAssetsPath } from 'realtimekit-lit/classes';
 * setEffectAssetsPath('/static/rtk-effect-assets/');
 * ```
 */

// Not a literal inside `new URL()`: bundlers would try to inline a folder.
const FOLDER = './effect-assets/';

let base: string | undefined;

/** Makes the effects load their files from `path` (a folder URL, absolute or relative to the page). */
export function setEffectAssetsPath(path: string | undefined): void {
  base = path ? (path.endsWith('/') ? path : `${path}/`) : undefined;
}

/** The URL of the effect file `name`. */
export function effectAsset(name: string): string {
  return new URL(name, new URL(base ?? FOLDER, base ? document.baseURI : import.meta.url)).href;
}
