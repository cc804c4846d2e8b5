/* The types of video effects (see `video-effects.ts`, which re-exports them). */

/** Draws one frame: `canvas` holds the camera frame; draw the result onto it through `ctx`. */
export type VideoFrameProcessor = (
  canvas: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
) => void | Promise<void>;

/** A video middleware, as `self.addVideoMiddleware` takes it. */
export type VideoMiddleware = () => VideoFrameProcessor | Promise<VideoFrameProcessor>;

/** One effect the user can choose. */
export interface VideoEffect {
  /** Stable id (kept in the UI states as `videoEffect` while the effect is on). */
  readonly id: string;
  /** The name shown, already translated by the page. */
  readonly label: string;
  /** Passed to `self.addVideoMiddleware` when chosen, to `removeVideoMiddleware` when left. */
  readonly middleware: VideoMiddleware;
}

/** What a page supplies: the effects it offers. */
export interface VideoEffectsProvider {
  readonly effects: readonly VideoEffect[];
}
