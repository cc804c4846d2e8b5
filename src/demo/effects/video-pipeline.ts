import type { VideoFrameProcessor } from '../../effects/video-effects.js';

/** Frames a second of the processed track (a camera's usual rate). */
const FPS = 30;

/**
 * Runs video middlewares on the demo's local camera, as the SDK does: each frame of the source
 * track is drawn on a canvas, every processor draws on it in turn, and the canvas is captured as
 * the processed track (`self.videoTrack`; `rawVideoTrack` stays the source).
 */
export class VideoPipeline {
  private processors: VideoFrameProcessor[] = [];
  private source?: MediaStreamTrack;
  private output?: MediaStreamTrack;
  private video?: HTMLVideoElement;
  private canvas?: HTMLCanvasElement;
  private timer?: ReturnType<typeof setInterval>;
  private drawing = false;

  get active(): boolean {
    return this.processors.length > 0;
  }

  setProcessors(processors: VideoFrameProcessor[]): void {
    this.processors = processors;
    if (!processors.length) this.stop();
  }

  /** The processed track of `source` (the same one while the source does not change). */
  track(source: MediaStreamTrack): MediaStreamTrack {
    if (source === this.source && this.output?.readyState === 'live') return this.output;
    this.stop();
    const { width = 320, height = 180 } = source.getSettings?.() ?? {};
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = new MediaStream([source]);
    void video.play().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const output = canvas.captureStream(FPS).getVideoTracks()[0];
    if (!output) return source;
    Object.assign(this, { source, output, video, canvas });
    this.timer = setInterval(() => void this.frame(), 1000 / FPS);
    return output;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.output?.stop();
    if (this.video) this.video.srcObject = null;
    this.timer = this.output = this.video = this.canvas = this.source = undefined;
  }

  private async frame(): Promise<void> {
    const { video, canvas } = this;
    const ctx = canvas?.getContext('2d');
    if (this.drawing || !video || !canvas || !ctx || video.readyState < 2) return;
    this.drawing = true;
    try {
      // The camera's own size (its settings may not say it), at most 640×360: effects cost by the pixel.
      const scale = Math.min(1, 640 / video.videoWidth, 360 / video.videoHeight);
      const width = Math.round(video.videoWidth * scale) || canvas.width;
      const height = Math.round(video.videoHeight * scale) || canvas.height;
      if (canvas.width !== width || canvas.height !== height)
        Object.assign(canvas, { width, height });
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      for (const processor of this.processors) await processor(canvas, ctx);
    } catch {
      // A failing effect leaves the plain frame.
    } finally {
      this.drawing = false;
    }
  }
}
