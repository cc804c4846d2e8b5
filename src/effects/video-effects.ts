import { videoEffectsByMeeting } from '../internal/meeting-stores.js';
import type { Meeting } from '../meeting/meeting.js';

/**
 * Video effects: the hook through which a page offers background effects (blur, virtual
 * backgrounds, filters) to the settings dialog. The kit ships no effect itself, so a meeting that
 * offers none pays nothing for them; `rtk-settings-video` shows its "Background effects" section
 * only when a provider is supplied.
 *
 * An effect is a video middleware of the SDK (`meeting.self.addVideoMiddleware(middleware)`): a
 * function that returns (or resolves to) a frame processor, which draws each frame on a canvas.
 *
 * ```ts
 * import { provideVideoEffects } from 'realtimekit-lit';
 *
 * provideVideoEffects(meeting, {
 *   effects: [{ id: 'blur', label: 'Blur', middleware: myBlurMiddleware }],
 * });
 * ```
 *
 * or, for one element, `settingsVideo.effects = provider` (a property wins over the registry).
 */

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

/**
 * Offers `provider`'s effects in the settings of every component showing `meeting` (pass
 * `undefined` to withdraw them). Each meeting has its own effects, so several meetings can share
 * a page. Call it before the settings open; an open dialog picks it up on its next render.
 */
export function provideVideoEffects(
  meeting: Meeting,
  provider: VideoEffectsProvider | undefined,
): void {
  if (provider) videoEffectsByMeeting.set(meeting, provider);
  else videoEffectsByMeeting.delete(meeting);
}

/** The effects offered for `meeting`, if any. */
export function videoEffectsOf(meeting: Meeting | undefined): VideoEffectsProvider | undefined {
  return meeting ? videoEffectsByMeeting.get(meeting) : undefined;
}
