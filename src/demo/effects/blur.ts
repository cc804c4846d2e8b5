import type { VideoEffect, VideoMiddleware } from '../../effects/video-effects.js';

/**
 * A simple background blur for the demo: it blurs the whole frame with the canvas `filter` (a
 * real product would segment the person first). It proves the effects hook end to end: the
 * settings offer it, choosing it calls `self.addVideoMiddleware`, and the preview turns blurry.
 */
export const blurMiddleware: VideoMiddleware = () => (canvas, ctx) => {
  ctx.save();
  ctx.filter = 'blur(6px)';
  ctx.drawImage(canvas, 0, 0, canvas.width, canvas.height);
  ctx.restore();
};

/** The demo's blur as an effect; `label` is the page's own (already translated) text. */
export function blurEffect(label = 'Blur'): VideoEffect {
  return { id: 'blur', label, middleware: blurMiddleware };
}
