/**
 * The event-emitter shape every meeting module shares.
 *
 * The real SDK uses Node-style emitters (synchronous `emit`, listener order = registration order,
 * a `'*'` wildcard emitted before every event). The kit only ever needs `on` and `off`; the demo
 * meeting and tests also use `listenerCount` to prove that components leave no listener behind.
 */

/** Any listener function. `any` keeps real SDK listener types assignable in both directions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Listener = (...args: any[]) => void;

/** A map from event name to listener signature. */
export type EventMap = { [event: string]: Listener };

/**
 * An emitter of the events named in `E`. Listener signatures live in `E` as documentation and for
 * the demo meeting; `on` / `off` take any listener, because the SDK's generic signatures do not
 * compare reliably against ours and only `MeetingController` subscribes anyway.
 */
export interface Emitter<E extends EventMap> {
  on(event: keyof E & string, listener: Listener): unknown;
  off(event: keyof E & string, listener: Listener): unknown;
  /** Present on every real and demo emitter; optional so hand-made fakes stay small. */
  listenerCount?(event: keyof E & string): number;
}

/**
 * The untyped view of an emitter, used by the one place that subscribes dynamically
 * (`MeetingController`). Components never call `on` / `off` themselves.
 */
export interface AnyEmitter {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
  listenerCount?(event: string): number;
}

/** Turns the events of `E` into map events: each listener receives the emitting object first. */
export type Prepended<E extends EventMap, T> = {
  [K in keyof E]: (item: T, ...args: Parameters<E[K]>) => void;
};
