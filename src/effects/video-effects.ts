import { videoEffectsByMeeting } from '../internal/meeting-stores.js';
import type { Meeting } from '../meeting/meeting.js';
import type { VideoEffectsProvider } from './video-effect-types.js';

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

export type {
  VideoEffect,
  VideoEffectsProvider,
  VideoFrameProcessor,
  VideoMiddleware,
} from './video-effect-types.js';

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
