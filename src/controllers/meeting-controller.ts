import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyEmitter, Listener } from '../meeting/emitter.js';
import { isEmitter } from '../meeting/guards.js';
import type { Meeting } from '../meeting/meeting.js';

/**
 * The event names an emitter accepts: the keys of the event map its `on` is typed with
 * (`keyof SelfEvents` for `meeting.self`, …), or `never` for something that is not an emitter.
 */
export type EventName<T> = T extends { on(event: infer K, listener: Listener): unknown }
  ? Extract<K, string>
  : never;

/**
 * One subscription request: an emitter (or `undefined`, or anything: non-emitters are skipped at
 * run time, so a missing module simply yields no subscription) and the events to hear from it.
 * The events are checked against the emitter's event map, so `[m.self, 'audioUpdat']` does not
 * compile. Without a type argument (`Subscription`) any event name is accepted.
 */
export type Subscription<T = unknown> = readonly [
  emitter: T,
  ...events: (unknown extends T ? string : EventName<NonNullable<T>>)[],
];

/** A list of subscription requests, each checked against its own emitter. */
export type Subscriptions<S extends readonly unknown[]> = {
  readonly [I in keyof S]: Subscription<S[I]>;
};

/** What a component using `MeetingController` must offer: its resolved meeting. */
export interface MeetingHost extends ReactiveControllerHost {
  /** The meeting to use (explicit property first, then context), or `undefined`. */
  readonly activeMeeting: Meeting | undefined;
}

/** Options of `MeetingController`. */
export interface MeetingControllerOptions {
  /**
   * Called with each event before the host is asked to re-render. Return `false` to skip the
   * re-render (the handler did what was needed, e.g. set a CSS property).
   */
  onEvent?: (event: string, args: unknown[]) => boolean | void;
}

interface Attached {
  emitter: AnyEmitter;
  event: string;
  listener: Listener;
}

/**
 * The only code in the kit that calls `.on()` / `.off()` on the meeting.
 *
 * A component declares what it listens to as a function of its meeting (and of its own
 * properties, e.g. its `participant`):
 *
 * ```ts
 * private media = new MeetingController(this, (m) => [[m.self, 'audioUpdate', 'videoUpdate']]);
 * ```
 *
 * The list is re-evaluated when the host connects and before every host update, so the
 * subscriptions follow a new `meeting` property, a new meeting from context, a new `participant`,
 * or a module that appears later. Everything is removed when the host disconnects. Events only
 * call `requestUpdate()`, so a burst of events coalesces into one Lit update.
 */
export class MeetingController<
  const S extends readonly unknown[] = readonly unknown[],
> implements ReactiveController {
  private attached: Attached[] = [];
  private connected = false;

  constructor(
    private readonly host: MeetingHost,
    private readonly listen: (meeting: Partial<Meeting>) => Subscriptions<S>,
    private readonly options: MeetingControllerOptions = {},
  ) {
    host.addController(this);
  }

  /** How many listeners this controller holds now (for tests and debugging). */
  get listenerCount(): number {
    return this.attached.length;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  /** Brings the subscriptions in line with what `listen` asks for now. */
  sync(): void {
    const wanted = this.connected ? this.wanted() : [];
    if (
      wanted.length === this.attached.length &&
      wanted.every(
        (w, i) => w.emitter === this.attached[i].emitter && w.event === this.attached[i].event,
      )
    ) {
      return;
    }
    for (const { emitter, event, listener } of this.attached) emitter.off(event, listener);
    this.attached = wanted.map(({ emitter, event }) => {
      const listener: Listener = (...args) => this.handle(event, args);
      emitter.on(event, listener);
      return { emitter, event, listener };
    });
  }

  private wanted(): Array<{ emitter: AnyEmitter; event: string }> {
    const meeting: Partial<Meeting> = this.host.activeMeeting ?? {};
    const result: Array<{ emitter: AnyEmitter; event: string }> = [];
    for (const [emitter, ...events] of this.listen(meeting) as readonly Subscription[]) {
      if (!isEmitter(emitter)) continue;
      for (const event of events) result.push({ emitter, event });
    }
    return result;
  }

  private handle(event: string, args: unknown[]): void {
    if (this.options.onEvent?.(event, args) === false) return;
    this.host.requestUpdate();
  }
}
