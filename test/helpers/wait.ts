// Waits for browser tests. A test waits for what it means (a condition on the DOM or the meeting,
// an event, an update) and never for a length of time: on a busy machine a lazily loaded panel
// (a dynamic import the dev server transforms on first request) or a frame can take seconds.
// The budgets below only bound a wait that is going to fail; a wait that succeeds returns as soon
// as its condition holds, so generous budgets cost nothing when tests pass.

/**
 * How long `until` and `meetingEvent` wait before failing, by default. Well below the per-test
 * budget in `web-test-runner.config.mjs`, so a stuck wait fails with its own message.
 */
export const WAIT_BUDGET = 15_000;

/** Options of `until`. */
export interface UntilOptions {
  /** Milliseconds before failing (default `WAIT_BUDGET`). */
  timeout?: number;
  /** Milliseconds between checks (default 50). */
  interval?: number;
}

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

function timeoutError(what: string, timeout: number, callSite: Error, cause?: unknown): Error {
  const detail = cause === undefined ? '' : ` (last check threw: ${cause instanceof Error ? cause.message : String(cause)})`;
  const error = new Error(`Timeout after ${timeout / 1000} s: ${what}${detail}`);
  // Point at the test line that waited, not at this helper's timer.
  error.stack = `${error.message}\n${(callSite.stack ?? '').split('\n').slice(2).join('\n')}`;
  return error;
}

/**
 * Resolves with the first truthy value of `condition`, checked now and then every `interval` ms.
 * A check that throws counts as "not yet" (the DOM may be half built); the last error is shown
 * if the wait times out. `message` says what never happened; a function is called at the time of
 * failure, so it can describe the state then.
 */
export async function until<T>(
  condition: () => T | Promise<T>,
  message: string | (() => string) = 'the condition never held',
  options: UntilOptions = {},
): Promise<Truthy<T>> {
  const { timeout = WAIT_BUDGET, interval = 50 } = options;
  const callSite = new Error();
  const deadline = performance.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as Truthy<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() >= deadline) {
      throw timeoutError(typeof message === 'function' ? message() : message, timeout, callSite, lastError);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Something with the SDK's `on` / `off` (a meeting module, a participant map, a participant). */
export interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
}

/**
 * Resolves with the arguments of the next `event` on `source` that `accept` agrees to (any, by
 * default): the meeting's own events, where `oneEvent` is for DOM events. Start it before the
 * action that causes the event. Fails after `timeout` ms (default `WAIT_BUDGET`).
 */
export function meetingEvent(
  source: EventSource,
  event: string,
  accept: (...args: unknown[]) => boolean = () => true,
  timeout = WAIT_BUDGET,
): Promise<unknown[]> {
  const callSite = new Error();
  return new Promise((resolve, reject) => {
    const listener = (...args: unknown[]) => {
      if (!accept(...args)) return;
      clearTimeout(timer);
      source.off(event, listener);
      resolve(args);
    };
    const timer = setTimeout(() => {
      source.off(event, listener);
      reject(timeoutError(`no "${event}" event`, timeout, callSite));
    }, timeout);
    source.on(event, listener);
  });
}

/** Resolves in the next animation frame (before the browser renders it). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}
