import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of its host with a `ResizeObserver`. On a change it calls
 * `onResize` when given (which then decides whether to update), else asks the host to re-render.
 * Observing stops when the host disconnects.
 *
 * The host's size must not depend on what it renders from that size, or the observer loops.
 */
export class ResizeController implements ReactiveController {
  /** Current width in CSS pixels (0 until measured). */
  width = 0;
  /** Current height in CSS pixels (0 until measured). */
  height = 0;

  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize?: (width: number, height: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now: the first render is then already right, and hidden pages (where the
    // observer waits for a frame) still get a size.
    const style = getComputedStyle(this.host);
    const box = this.host.getBoundingClientRect();
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
    const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
    this.resize(box.width - padX, box.height - padY);
    if (typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (rect) this.resize(rect.width, rect.height);
    });
    this.observer.observe(this.host);
  }

  private resize(rawWidth: number, rawHeight: number): void {
    const width = Math.max(0, Math.round(rawWidth));
    const height = Math.max(0, Math.round(rawHeight));
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (this.onResize) this.onResize(width, height);
    else this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
