import { DEFAULT_REACTIONS, HAND, HAND_QUERY, REACTION } from '../internal/reactions-protocol.js';
import type { BroadcastedMessage, BroadcastTarget } from '../meeting/participants.js';
import { pick } from './random.js';
import type { DemoRoom } from './room.js';

/**
 * `director.hands`: the scripted people react and raise hands the way a client running the kit
 * does (the messages of `src/internal/reactions-protocol.ts`, over `broadcastMessage`). Each of
 * them answers a late joiner's question about their own raised hand, lowers it when they speak,
 * and obeys a host who lowers it.
 */
export class DemoHands {
  /** Remote people with a hand up: peer id → when it went up. */
  readonly raised = new Map<string, number>();

  constructor(private readonly room: DemoRoom) {
    room.participants.relays.push((message, target) => this.hear(message, target));
    room.participants.spokeHooks.push((peerId) => {
      if (this.raised.has(peerId)) this.lower(peerId);
    });
  }

  /** A person (peer id, user id or name) reacts with `emoji` (default: a seeded one). */
  react(id: string, emoji?: string): void {
    const person = this.find(id);
    if (!person) return;
    const chosen = emoji ?? pick(this.room.random, DEFAULT_REACTIONS);
    this.room.participants.deliver(person.id, REACTION, { from: person.id, emoji: chosen });
  }

  /** A person raises their hand (nothing when it is up already). */
  raise(id: string): void {
    const person = this.find(id);
    if (!person || this.raised.has(person.id)) return;
    const at = this.room.now();
    this.raised.set(person.id, at);
    this.room.participants.deliver(person.id, HAND, { id: person.id, up: true, at });
  }

  /** A person lowers their hand. */
  lower(id: string): void {
    const person = this.find(id);
    if (!person || !this.raised.delete(person.id)) return;
    this.room.participants.deliver(person.id, HAND, { id: person.id, up: false, at: 0 });
  }

  private find(id: string) {
    return (
      this.room.findIn(this.room.roster, id) ??
      [...this.room.roster.values()].find((p) => p.name === id)
    );
  }

  /** What the people's clients do with a message self broadcast. */
  private hear(message: BroadcastedMessage, target: BroadcastTarget | undefined): void {
    if (target && 'meetingIds' in target) return;
    const { type, payload } = message;
    if (type === HAND_QUERY && typeof payload.from === 'string') {
      for (const [id, at] of this.raised) {
        if (!this.room.roster.has(id)) continue;
        this.room.participants.deliver(
          id,
          HAND,
          { id, up: true, at },
          { participantIds: [payload.from] },
        );
      }
    } else if (type === HAND && payload.up === false) {
      // A host lowered someone's hand, or every hand.
      if (payload.id === '*') this.raised.clear();
      else if (typeof payload.id === 'string') this.raised.delete(payload.id);
    }
  }
}
