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
  const detail =
    cause === undefined
      ? ''
      : ` (last check threw: ${cause instanceof Error ? cause.message : String(cause)})`;
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
      throw timeoutError(
        typeof message === 'function' ? message() : message,
        timeout,
        callSite,
        lastError,
      );
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

/**
 * Resolves once an image with the broken address `src` has failed to load: by then an image that
 * hostile markup injected earlier with that address would have run its `onerror` too. For tests
 * that check such markup ran nothing (instead of giving it a few milliseconds).
 */
export function brokenImageFailed(src = 'x'): Promise<void> {
  const probe = new Image();
  const failed = new Promise<void>((resolve, reject) => {
    probe.onerror = () => resolve();
    probe.onload = () => reject(new Error(`the probe image "${src}" loaded`));
  });
  probe.src = src;
  return failed;
}

declare global {
  // Filled by the `track-kit-imports` plugin of web-test-runner.config.mjs.
  var __rtkLoading: Set<Promise<unknown>> | undefined;
}

/** How many of the kit's lazy imports (screens, panels, controls loaded on first use) are in flight. */
export function kitLoading(): number {
  return globalThis.__rtkLoading?.size ?? 0;
}

/**
 * Resolves when nothing the kit started loading on demand is still loading (an import that fails
 * counts as done: the kit handles that itself). Imports started meanwhile are awaited too.
 */
export async function kitLoaded(timeout = WAIT_BUDGET): Promise<void> {
  const deadline = performance.now() + timeout;
  const callSite = new Error();
  while (kitLoading() > 0) {
    const left = deadline - performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<'expired'>(
      (resolve) => (timer = setTimeout(() => resolve('expired'), Math.max(0, left))),
    );
    const outcome = await Promise.race([
      Promise.allSettled([...globalThis.__rtkLoading!]),
      expired,
    ]);
    clearTimeout(timer);
    if (outcome === 'expired')
      throw timeoutError(
        `${kitLoading()} of the kit's lazy imports still loading`,
        timeout,
        callSite,
      );
  }
}

type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

function withShadows(root: Element): Updating[] {
  const found: Updating[] = [root];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/**
 * Resolves when `root` and everything below it (shadow roots included) has rendered: the kit's
 * lazy imports have loaded, every Lit update (and the updates those cause) has completed, and a
 * frame has passed with nothing new to do (size observers report after layout in a frame, and
 * what they change must be in too). It follows the updates, so it takes as long as they take.
 */
export async function rendered(root: Element, timeout = WAIT_BUDGET): Promise<void> {
  await until(
    async () => {
      await kitLoaded(timeout);
      await Promise.all(withShadows(root).map((el) => el.updateComplete));
      // Two frames: observers of the first frame's layout have reported by the second.
      await nextFrame();
      await nextFrame();
      await Promise.resolve();
      return kitLoading() === 0 && !withShadows(root).some((el) => el.isUpdatePending);
    },
    'the elements kept updating',
    { timeout, interval: 0 },
  );
}
