import type { EventMap, Listener } from '../meeting/emitter.js';
import { DemoEmitter } from './emitter.js';

/** What a map member must offer: an id and a `'*'` channel to re-emit from. */
export interface MapMember {
  readonly id: string;
  on(event: '*', listener: Listener): unknown;
  off(event: '*', listener: Listener): unknown;
}

/** An event name of a map: its own events, its members' events, or `'*'`. */
type MapEvent<E extends EventMap> = (keyof E & string) | '*';

/**
 * A participant map like the SDK's `ParticipantMap`: a `Map` keyed by peer id that is also an
 * emitter. It announces `participantJoined` / `participantLeft` / `participantsCleared` /
 * `participantsUpdate`, and re-emits every event of every member with the member prepended:
 * `joined.on('audioUpdate', (participant, { audioEnabled, audioTrack }) => …)`.
 *
 * `add`, `delete`, `clear` and `set` are the SDK's internal mutators; UI code only reads.
 */
export class DemoParticipantMap<P extends MapMember, E extends EventMap = EventMap> extends Map<
  string,
  P
> {
  private readonly emitter = new DemoEmitter();
  private readonly relays = new Map<string, Listener>();

  /** The members, in insertion order. */
  toArray(): P[] {
    return [...this.values()];
  }

  /** Puts a member in without an event (subscribes to its events). */
  override set(id: string, participant: P): this {
    const previous = super.get(id);
    if (previous && previous !== participant) this.unsubscribe(id, previous);
    if (previous !== participant) this.subscribe(id, participant);
    return super.set(id, participant);
  }

  /** Adds a member and emits `participantJoined`. */
  add(participant: P, emitEvent = true): this {
    this.set(participant.id, participant);
    if (emitEvent) this.emit('participantJoined', participant);
    return this;
  }

  /** Removes a member (no more re-emission) and emits `participantLeft`. */
  override delete(id: string, emitEvent = true): boolean {
    const participant = super.get(id);
    if (!participant) return false;
    this.unsubscribe(id, participant);
    super.delete(id);
    if (emitEvent) this.emit('participantLeft', participant);
    return true;
  }

  /** Empties the map and emits `participantsCleared`. */
  override clear(emitEvent = true): void {
    for (const [id, participant] of this) this.unsubscribe(id, participant);
    super.clear();
    if (emitEvent) this.emit('participantsCleared');
  }

  on(event: MapEvent<E>, listener: Listener): this {
    this.emitter.on(event, listener);
    return this;
  }

  addListener(event: MapEvent<E>, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: MapEvent<E>, listener: Listener): this {
    this.emitter.once(event, listener);
    return this;
  }

  off(event: MapEvent<E>, listener: Listener): this {
    this.emitter.off(event, listener);
    return this;
  }

  removeListener(event: MapEvent<E>, listener: Listener): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: MapEvent<E>): this {
    this.emitter.removeAllListeners(event);
    return this;
  }

  listenerCount(event: MapEvent<E>): number {
    return this.emitter.listenerCount(event);
  }

  /** Listeners over every event of the map itself (members' own listeners not included). */
  totalListenerCount(): number {
    return this.emitter.totalListenerCount();
  }

  eventNames(): string[] {
    return this.emitter.eventNames();
  }

  /** Emits on the map (announced on `'*'` first). */
  emit(event: string, ...args: unknown[]): boolean {
    return (this.emitter.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
  }

  private subscribe(id: string, participant: P): void {
    const relay: Listener = (event: string, ...args: unknown[]) =>
      this.emit(event, participant, ...args);
    this.relays.set(id, relay);
    participant.on('*', relay);
  }

  private unsubscribe(id: string, participant: P): void {
    const relay = this.relays.get(id);
    if (relay) participant.off('*', relay);
    this.relays.delete(id);
  }
}
