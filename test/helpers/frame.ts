// "Reflected within one frame of the meeting's event": waits for a meeting event, notes the time
// it fired, and checks the DOM in the first requestAnimationFrame callback requested after it.
// rAF callbacks run right before the browser renders that frame, so a change that is in the DOM
// there is on screen in the first frame after the event. Tests assert the DOM state, never a time.

import { WAIT_BUDGET, type EventSource } from './wait.js';

export type { EventSource };

/** What `firstFrameAfter` saw. */
export interface FrameRecord {
  /** `performance.now()` when the meeting's event fired. */
  eventAt: number;
  /** `performance.now()` in the first animation frame after it. */
  frameAt: number;
  /** Whether the DOM showed the change in that frame (`shown()` returned true). */
  shown: boolean;
}

/**
 * Runs `act`, waits for `event` on `source` (the first one `accept` agrees to, by its arguments),
 * and evaluates `shown()` in the first animation frame after the event. Rejects when the event
 * does not come within `timeout` ms (default `WAIT_BUDGET`). Listens after the components did, as
 * an app would.
 */
export function firstFrameAfter(
  source: EventSource,
  event: string,
  act: () => unknown,
  shown: () => boolean,
  options: { accept?: (...args: unknown[]) => boolean; timeout?: number } = {},
): Promise<FrameRecord> {
  return new Promise<FrameRecord>((resolve, reject) => {
    const timeout = options.timeout ?? WAIT_BUDGET;
    const timer = setTimeout(() => {
      source.off(event, listener);
      reject(new Error(`no "${event}" event within ${timeout} ms`));
    }, timeout);
    const listener = (...args: unknown[]) => {
      if (options.accept && !options.accept(...args)) return;
      source.off(event, listener);
      clearTimeout(timer);
      const eventAt = performance.now();
      requestAnimationFrame(() => resolve({ eventAt, frameAt: performance.now(), shown: shown() }));
    };
    source.on(event, listener);
    try {
      const result = act();
      if (result instanceof Promise) result.catch(reject);
    } catch (error) {
      clearTimeout(timer);
      source.off(event, listener);
      reject(error);
    }
  });
}
