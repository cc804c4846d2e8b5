import type { Pip } from '../meeting/participants.js';
import { DemoEmitter } from './emitter.js';
import { DemoClientError } from './errors.js';

type PipEvents = {
  cameraToggled: () => void;
  micToggled: () => void;
  hangup: () => void;
  pipStarted: () => void;
  pipEnded: () => void;
  '*': (event: string, ...args: unknown[]) => void;
};

interface DemoPipSource {
  id: string;
  element: HTMLVideoElement;
  enabled: boolean;
  pinned: boolean;
  displayText: string;
  imageUrl: string;
  handRaised: boolean;
}

/** The default pin and raised-hand icons (24×24 path data), drawn when not overridden. */
const DEFAULT_ICONS = {
  pin: 'M9 3h6l-1 5 4 4H6l4-4ZM12 12v9',
  handRaise:
    'M7 11V6a1.5 1.5 0 0 1 3 0v4M10 10V4.5a1.5 1.5 0 0 1 3 0V10M13 10V5.5a1.5 1.5 0 0 1 3 0V11M16 11V8.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-1a6 6 0 0 1-5-3l-3-5a1.5 1.5 0 0 1 2.5-1.5L7 13',
};

/**
 * `participants.pip`: picture in picture that works in the browser, as the SDK's does. `init()`
 * makes a canvas; the sources' videos (or their names where the video is off) are drawn into it
 * 15 times a second, and `enable()` opens the browser's picture-in-picture window on a `<video>`
 * fed by `canvas.captureStream()`. `isSupported()` says whether this browser can
 * (`document.pictureInPictureEnabled`, `captureStream`). Overridden icons (`overrideIcon`) are
 * drawn on the tiles of pinned people and raised hands. `calls` records what was asked, for tests.
 */
export class DemoPip extends DemoEmitter<PipEvents> implements Pip {
  /** Every call made, in order (`init`, `addSource:<id>`, `enable`, …). */
  readonly calls: string[] = [];
  /** The canvas picture in picture shows (after `init`). */
  canvas: HTMLCanvasElement | undefined;
  private video: HTMLVideoElement | undefined;
  private readonly sources = new Map<string, DemoPipSource>();
  private readonly icons = new Map<'pin' | 'handRaise', HTMLImageElement>();
  private active = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private failure: Error | undefined;

  get isActive(): boolean {
    return this.active;
  }

  /** The sources, in the order they were added. */
  get sourceIds(): string[] {
    return [...this.sources.keys()];
  }

  isSupported(): boolean {
    return (
      typeof document !== 'undefined' &&
      document.pictureInPictureEnabled === true &&
      typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
      typeof HTMLVideoElement.prototype.requestPictureInPicture === 'function'
    );
  }

  init(options: { height?: number; width?: number } = {}): void {
    this.calls.push('init');
    if (typeof document === 'undefined') return;
    const canvas = (this.canvas ??= document.createElement('canvas'));
    canvas.width = Math.max(160, Math.round(options.width ?? 640));
    canvas.height = Math.max(90, Math.round(options.height ?? 360));
    if (!this.video && typeof canvas.captureStream === 'function') {
      const video = document.createElement('video');
      video.muted = true;
      video.playsInline = true;
      video.srcObject = canvas.captureStream(15);
      this.video = video;
    }
  }

  /** The next `enable()` rejects with `error` (default: the browser refused the window). */
  failNext(error?: Error): void {
    this.failure = error ?? new DOMException('The browser refused the window.', 'NotAllowedError');
  }

  async enable(): Promise<void> {
    this.calls.push('enable');
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    if (this.active) return;
    if (!this.isSupported())
      throw new DemoClientError('0000', 'Picture in picture is not supported.');
    if (!this.video) this.init();
    const video = this.video!;
    this.draw();
    this.timer ??= setInterval(() => this.draw(), 1000 / 15);
    try {
      await video.play().catch(() => undefined);
      if (video.readyState < 1)
        await new Promise((resolve) =>
          video.addEventListener('loadedmetadata', resolve, { once: true }),
        );
      await video.requestPictureInPicture();
    } catch (error) {
      this.stopDrawing();
      throw error;
    }
    video.addEventListener('leavepictureinpicture', this.finish, { once: true });
    this.active = true;
    this.emit('pipStarted');
  }

  disable(): void {
    this.calls.push('disable');
    if (!this.active) return;
    if (document.pictureInPictureElement === this.video) {
      // `leavepictureinpicture` finishes.
      void document.exitPictureInPicture().catch(() => this.finish());
    } else this.finish();
  }

  addSource(
    id: string,
    element: HTMLVideoElement,
    enabled: boolean,
    pinned = false,
    displayText = '',
    imageUrl = '',
    handRaised = false,
  ): void {
    this.calls.push(`addSource:${id}`);
    this.sources.set(id, { id, element, enabled, pinned, displayText, imageUrl, handRaised });
  }

  updateSource(id: string, source: Partial<Omit<DemoPipSource, 'id'>>): void {
    this.calls.push(`updateSource:${id}`);
    const known = this.sources.get(id);
    if (known) Object.assign(known, source);
  }

  removeSource(id: string): void {
    this.calls.push(`removeSource:${id}`);
    this.sources.delete(id);
  }

  removePinnedSource(): void {
    for (const source of this.sources.values()) if (source.pinned) this.sources.delete(source.id);
  }

  removeAllSources(): void {
    this.calls.push('removeAllSources');
    this.sources.clear();
  }

  enableSource(id: string): void {
    this.calls.push(`enableSource:${id}`);
    const source = this.sources.get(id);
    if (source) source.enabled = true;
  }

  disableSource(id: string): void {
    this.calls.push(`disableSource:${id}`);
    const source = this.sources.get(id);
    if (source) source.enabled = false;
  }

  /** Draws `value` (SVG markup) for that icon from now on. */
  async overrideIcon(icon: 'handRaise' | 'pin', value: string): Promise<void> {
    this.calls.push(`overrideIcon:${icon}`);
    if (typeof Image === 'undefined') return;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(value)}`;
    await image.decode();
    this.icons.set(icon, image);
  }

  private finish = (): void => {
    this.stopDrawing();
    if (!this.active) return;
    this.active = false;
    this.emit('pipEnded');
  };

  private stopDrawing(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One frame: the sources in a grid, video where it plays, else the name on a tile. */
  draw(): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { width, height } = canvas;
    ctx.fillStyle = '#101014';
    ctx.fillRect(0, 0, width, height);
    const sources = [...this.sources.values()];
    const cols = sources.length <= 1 ? 1 : sources.length <= 4 ? 2 : 3;
    const rows = Math.max(1, Math.ceil(sources.length / cols));
    const gap = 4;
    const w = (width - gap * (cols + 1)) / cols;
    const h = (height - gap * (rows + 1)) / rows;
    sources.forEach((source, i) => {
      const x = gap + (i % cols) * (w + gap);
      const y = gap + Math.floor(i / cols) * (h + gap);
      this.drawTile(ctx, source, x, y, w, h);
    });
  }

  private drawTile(
    ctx: CanvasRenderingContext2D,
    source: DemoPipSource,
    x: number,
    y: number,
    w: number,
    h: number,
  ): void {
    const video = source.element;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    ctx.fillStyle = '#2a2a33';
    ctx.fillRect(x, y, w, h);
    if (source.enabled && video.readyState >= 2 && video.videoWidth > 0) {
      const scale = Math.max(w / video.videoWidth, h / video.videoHeight);
      const vw = video.videoWidth * scale;
      const vh = video.videoHeight * scale;
      ctx.drawImage(video, x + (w - vw) / 2, y + (h - vh) / 2, vw, vh);
    } else {
      const initials = source.displayText
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]!.toUpperCase())
        .join('');
      const r = Math.min(w, h) * 0.2;
      ctx.fillStyle = '#5b5bd6';
      ctx.beginPath();
      ctx.arc(x + w / 2, y + h / 2 - 8, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.font = `600 ${Math.round(r * 0.8)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(initials, x + w / 2, y + h / 2 - 8);
    }
    // The name, with the pin and raised-hand icons before it.
    const size = 16;
    ctx.font = '500 13px system-ui, sans-serif';
    ctx.textAlign = 'start';
    ctx.textBaseline = 'middle';
    const icons = [source.pinned && 'pin', source.handRaised && 'handRaise'].filter(
      Boolean,
    ) as Array<'pin' | 'handRaise'>;
    const label = source.displayText;
    const labelWidth = ctx.measureText(label).width + icons.length * (size + 4) + 12;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
    ctx.fillRect(x + 6, y + h - 30, Math.min(labelWidth, w - 12), 24);
    let cursor = x + 12;
    for (const icon of icons) {
      this.drawIcon(ctx, icon, cursor, y + h - 26, size);
      cursor += size + 4;
    }
    ctx.fillStyle = '#fff';
    ctx.fillText(label, cursor, y + h - 18, Math.max(0, x + w - cursor - 8));
    ctx.restore();
  }

  private drawIcon(
    ctx: CanvasRenderingContext2D,
    icon: 'pin' | 'handRaise',
    x: number,
    y: number,
    size: number,
  ): void {
    const image = this.icons.get(icon);
    if (image) {
      ctx.drawImage(image, x, y, size, size);
      return;
    }
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(size / 24, size / 24);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.stroke(new Path2D(DEFAULT_ICONS[icon]));
    ctx.restore();
  }
}
