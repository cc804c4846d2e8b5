import type { Listener } from '../../src/meeting/emitter.js';

/** One recorded event: `emitter.event` and its arguments. */
export interface Recorded {
  name: string;
  args: unknown[];
}

/**
 * Records every event of the given emitters, in emission order, through their `'*'` channel.
 * `stop()` removes the listeners again.
 */
export function record(
  emitters: Record<
    string,
    { on(e: '*', l: Listener): unknown; off(e: '*', l: Listener): unknown } | undefined
  >,
) {
  const events: Recorded[] = [];
  const subs: [{ off(e: '*', l: Listener): unknown }, Listener][] = [];
  for (const [prefix, emitter] of Object.entries(emitters)) {
    if (!emitter) continue;
    const listener: Listener = (event: string, ...args: unknown[]) =>
      events.push({ name: `${prefix}.${event}`, args });
    emitter.on('*', listener);
    subs.push([emitter, listener]);
  }
  return {
    events,
    names: () => events.map((e) => e.name),
    stop: () => subs.forEach(([emitter, listener]) => emitter.off('*', listener)),
  };
}

/** The rejection of a promise (fails when it resolves). */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

/** What a synchronous call throws. */
export function thrownBy(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a throw');
}
