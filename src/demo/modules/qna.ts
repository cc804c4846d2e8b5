import type { BroadcastValue } from '../../meeting/participants.js';
import type { DemoContext } from '../context.js';
import { pick, uuid } from '../random.js';
import type { DemoRoom } from '../room.js';
import { AuthorBook } from './authors.js';

/** `director.qna`: remote people ask and upvote questions (the kit's Q&A, type `rtk-qna`). */
export interface QnaScript {
  /**
   * Someone (peer id, user id or name) asks a question, to everyone; returns its id. Anonymous
   * questions carry no name. Needs a joined room (the broadcast reaches self then).
   */
  ask(from: string, text: string, options?: { anonymous?: boolean }): string;
  /** Someone upvotes question `id` (or takes the vote back with `on: false`). */
  upvote(from: string, id: string, on?: boolean): void;
  /** A remote host marks question `id` answered (or not). */
  answer(id: string, on?: boolean): void;
  /** A remote host hides question `id` from everyone but hosts (or shows it again). */
  hide(id: string, on?: boolean): void;
  /** The questions the other people's kits know, oldest first (what a late joiner gets). */
  questions(): ReadonlyArray<{ id: string; text: string; votes: number; answered: boolean }>;
  /** People ask and upvote now and then until the meeting is left (the demo page's lively mode). */
  startLively(): void;
}

interface Known {
  id: string;
  text: string;
  name: string;
  user: string;
  at: number;
  voters: Set<string>;
  answered: boolean;
  hidden: boolean;
}

const TYPE = 'rtk-qna';

const SAMPLE_QUESTIONS = [
  'Will the slides be shared after the meeting?',
  'How does this change the release date?',
  'Can we get a demo of the new dashboard next week?',
  'Who should we contact about access to the beta?',
  'Is there a recording for people in other time zones?',
  'What is the plan for accessibility testing?',
];

/**
 * The other people's kits, as far as Q&A goes: they hear every Q&A message (self's through the
 * participants' `relays`, theirs directly), remember the list as the kit does, and answer a
 * `sync?` from self (a late join) with the list, sent to self only (`participants.deliver`).
 */
export function createQnaScript(ctx: DemoContext, room: DemoRoom): QnaScript {
  const authors = new AuthorBook(ctx);
  const known = new Map<string, Known>();
  let lively = 0;

  /** What the other kits do with a Q&A message (theirs or self's). */
  const hear = (p: Record<string, unknown>, reply: boolean) => {
    const q = typeof p.id === 'string' ? known.get(p.id) : undefined;
    if (p.op === 'ask' && typeof p.id === 'string' && typeof p.text === 'string' && !q) {
      known.set(p.id, {
        id: p.id,
        text: p.text,
        name: String(p.name ?? ''),
        user: String(p.user ?? ''),
        at: ctx.now(),
        voters: new Set(),
        answered: false,
        hidden: false,
      });
    } else if (p.op === 'vote' && q && typeof p.user === 'string') {
      if (p.on === true) q.voters.add(p.user);
      else q.voters.delete(p.user);
    } else if ((p.op === 'answer' || p.op === 'hide') && q) {
      q[p.op === 'answer' ? 'answered' : 'hidden'] = p.on === true;
    } else if (reply && p.op === 'sync?' && p.from === room.self.id && known.size) {
      // Someone's kit answers the late joiner (self), to self only.
      const data = JSON.stringify(
        [...known.values()].map((k) => [
          k.id,
          k.text,
          k.name,
          k.user,
          k.at,
          [...k.voters],
          k.answered,
          k.hidden,
        ]),
      );
      const responder = ctx.people()[0];
      if (responder)
        room.participants.deliver(
          responder.id,
          TYPE,
          { op: 'sync', data },
          { participantIds: [room.self.id] },
        );
    }
  };

  // Self's broadcasts reach the others' kits.
  room.participants.relays.push((message) => {
    if (message.type === TYPE && message.payload) hear(message.payload, true);
  });

  /** A remote person's kit sends to everyone: the other kits hear it, and so does self. */
  const send = (fromId: string, payload: { [key: string]: BroadcastValue }) => {
    if (!room.self.roomJoined || !fromId) return;
    hear(payload, false);
    room.participants.deliver(fromId, TYPE, payload);
  };

  /** Someone in the room (a guest name is not in the room: anyone then). */
  const sender = (from: string) => {
    const author = authors.of(from);
    if (author.peerId) return author;
    const person = ctx.people()[0];
    return person ? { peerId: person.id, userId: person.userId, name: person.name } : author;
  };

  const script: QnaScript = {
    ask: (from, text, options = {}) => {
      const author = sender(from);
      const id = `q-demo-${uuid(ctx.random)}`;
      send(author.peerId, {
        op: 'ask',
        id,
        text,
        name: options.anonymous ? '' : author.name,
        user: options.anonymous ? '' : author.userId,
        from: options.anonymous ? '' : author.peerId,
      });
      return id;
    },
    upvote: (from, id, on = true) => {
      const author = sender(from);
      send(author.peerId, { op: 'vote', id, user: author.userId, on });
    },
    answer: (id, on = true) => send(ctx.people()[0]?.id ?? '', { op: 'answer', id, on }),
    hide: (id, on = true) => send(ctx.people()[0]?.id ?? '', { op: 'hide', id, on }),
    questions: () =>
      [...known.values()].map((k) => ({
        id: k.id,
        text: k.text,
        votes: k.voters.size,
        answered: k.answered,
      })),
    startLively: () => {
      const run = ++lively;
      const step = () => {
        if (run !== lively || !room.self.roomJoined) return;
        const people = ctx.people();
        const open = [...known.values()].filter((k) => !k.answered && !k.hidden);
        if (people.length) {
          const person = pick(ctx.random, people);
          if (open.length && ctx.random() < 0.6) {
            script.upvote(person.id, pick(ctx.random, open).id);
          } else if (known.size < SAMPLE_QUESTIONS.length) {
            const text = SAMPLE_QUESTIONS[known.size]!;
            script.ask(person.id, text, { anonymous: ctx.random() < 0.25 });
          }
        }
        ctx.later(step, 6000 + Math.floor(ctx.random() * 6000));
      };
      ctx.later(step, 3000);
    },
  };
  room.joinHooks.push(() => {
    if (room.options.lively) script.startLively();
  });
  room.leaveHooks.push(() => void lively++);
  return script;
}
