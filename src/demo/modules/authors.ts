import type { DemoContext } from '../context.js';
import { uuid } from '../random.js';

/** Who did something in a script: a remote person in the room, or a named guest who is not. */
export interface Author {
  /** Peer id; empty for a guest who is not in the room. */
  readonly peerId: string;
  readonly userId: string;
  readonly name: string;
}

/**
 * Resolves the `from` of a director script: a peer id, a user id or a display name of someone in
 * the room. Anything else is a guest with that name (the same name always gets the same user id),
 * so scripts can write `director.chat.send('Ada', 'Hi')` without adding Ada first.
 */
export class AuthorBook {
  private readonly guests = new Map<string, Author>();

  constructor(private readonly ctx: DemoContext) {}

  of(who: string): Author {
    const { ctx } = this;
    const person =
      ctx.personByPeerId(who) ??
      ctx.personByUserId(who) ??
      ctx.people().find((p) => p.name.toLowerCase() === who.trim().toLowerCase());
    if (person) return { peerId: person.id, userId: person.userId, name: person.name };
    const name = who.trim() || 'Guest';
    let guest = this.guests.get(name);
    if (!guest) {
      guest = { peerId: '', userId: uuid(ctx.random), name };
      this.guests.set(name, guest);
    }
    return guest;
  }

  /** A random person in the room, or a guest when the room is empty. */
  anyone(): Author {
    const people = this.ctx.people();
    if (people.length === 0) return this.of('Guest');
    const person = people[Math.floor(this.ctx.random() * people.length)] as (typeof people)[number];
    return { peerId: person.id, userId: person.userId, name: person.name };
  }
}
