import type { EventMap, Listener } from '../meeting/emitter.js';

/**
 * A small Node-style event emitter, as the real SDK's: `emit` is synchronous, listeners run in
 * registration order, and every event is announced first on `'*'` as `(eventName, ...args)`.
 */
export class DemoEmitter<E extends EventMap = EventMap> {
  private listenersByEvent = new Map<string, Listener[]>();

  on(event: keyof E & string, listener: Listener): this {
    const list = this.listenersByEvent.get(event);
    if (list) list.push(listener);
    else this.listenersByEvent.set(event, [listener]);
    return this;
  }

  addListener(event: keyof E & string, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: keyof E & string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(event, wrapper);
      listener(...args);
    };
    (wrapper as { original?: Listener }).original = listener;
    return this.on(event, wrapper);
  }

  off(event: keyof E & string, listener: Listener): this {
    const list = this.listenersByEvent.get(event);
    if (!list) return this;
    const index = list.findIndex(
      (l) => l === listener || (l as { original?: Listener }).original === listener,
    );
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.listenersByEvent.delete(event);
    return this;
  }

  removeListener(event: keyof E & string, listener: Listener): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: keyof E & string): this {
    if (event === undefined) this.listenersByEvent.clear();
    else this.listenersByEvent.delete(event);
    return this;
  }

  listenerCount(event: keyof E & string): number {
    return this.listenersByEvent.get(event)?.length ?? 0;
  }

  /** Total listeners over every event: what leak tests compare. */
  totalListenerCount(): number {
    let total = 0;
    for (const list of this.listenersByEvent.values()) total += list.length;
    return total;
  }

  eventNames(): string[] {
    return [...this.listenersByEvent.keys()];
  }

  emit<K extends keyof E & string>(event: K, ...args: Parameters<E[K]>): boolean {
    if (event !== '*') this.callAll('*', [event, ...args]);
    return this.callAll(event, args);
  }

  private callAll(event: string, args: unknown[]): boolean {
    const list = this.listenersByEvent.get(event);
    if (!list || list.length === 0) return false;
    // Copy: a listener may remove itself (or others) while we iterate.
    for (const listener of [...list]) listener(...args);
    return true;
  }
}
