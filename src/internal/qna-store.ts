import type { Meeting } from '../meeting/meeting.js';
import type { BroadcastValue } from '../meeting/participants.js';

/*
 * Questions and answers of a meeting, over the meeting's own broadcast channel
 * (`participants.broadcastMessage` / `broadcastedMessage`, type `rtk-qna`). Every kit in the
 * meeting keeps the same list by applying the same operations:
 *
 *   ask     { op, id, text, name, user, from }  a question; name and user are empty when anonymous
 *   vote    { op, id, user, on }                an upvote (on) or its removal (off)
 *   answer  { op, id, on }                      a host marks it answered (or not)
 *   hide    { op, id, on }                      a host hides it (or shows it again)
 *   sync?   { op, from }                        a kit that just joined asks for the list
 *   sync    { op, data }                        the list (JSON, in chunks), sent to that kit only
 *
 * Every send also carries `n`, a nonce: the sender counts it done when that echo comes back.
 *
 * A late joiner's list is rebuilt by request and answer: when its Q&A code first runs in a joined
 * meeting (the section opens, or the first question arrives) it broadcasts `sync?`; every kit that
 * knows questions answers it, after a short random delay, with the whole list sent to the asker
 * only, and the asker merges what it gets (merging is idempotent, so several answers are fine).
 *
 * The store calls no `.on()`: the elements that show Q&A (and the control bar's small hook, which
 * loads this module when the first question arrives) hand it the `broadcastedMessage` events they
 * hear; the same event object handed twice counts once.
 */

/** The broadcast type of every Q&A message. */
export const QNA_TYPE = 'rtk-qna';

/** The longest question, in characters. */
export const MAX_QUESTION_LENGTH = 500;

/** One question, as every kit in the meeting sees it. */
export interface Question {
  id: string;
  text: string;
  /** The asker's name; empty when asked anonymously. */
  name: string;
  /** The asker's user id; empty when asked anonymously. */
  user: string;
  /** When it was asked (ms since the epoch). */
  at: number;
  /** User ids of the people who upvoted it. */
  voters: Set<string>;
  answered: boolean;
  hidden: boolean;
}

/** How the list is ordered: most votes first (answered ones last), or newest first. */
export type QnaSort = 'votes' | 'time';

/** Why a send did not go out or did not take effect. */
export type QnaFailure = 'rate' | 'refused' | 'timeout';

/** A send that failed; `retryAfter` (seconds) when the kit's own rate limit stopped it. */
export class QnaError extends Error {
  constructor(
    readonly reason: QnaFailure,
    readonly retryAfter = 0,
  ) {
    super(reason);
  }
}

/** What a `broadcastedMessage` carries. */
export interface Broadcast {
  type: string;
  payload: { [key: string]: BroadcastValue };
  timestamp: number;
}

type Payload = { [key: string]: BroadcastValue };

/** Questions a person may ask in a minute (the kit's own limit; the server may have its own). */
export const ASK_LIMIT = 3;
const ASK_WINDOW_MS = 60_000;
/** Q&A messages (votes, host actions) a kit sends in ten seconds at most. */
const SEND_LIMIT = 12;
const SEND_WINDOW_MS = 10_000;
/** Questions accepted from one sender in a minute, and in all. */
const RECEIVE_LIMIT = 6;
const MAX_QUESTIONS = 300;
/** Characters of JSON per `sync` message. */
const CHUNK = 6000;

const str = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.length <= max ? value : undefined;

let counter = 0;

function newId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  return `q-${random}-${++counter}`;
}

/** The Q&A of one meeting. */
export class QnaStore {
  /** Milliseconds a send waits for its own echo before it counts as refused (tests shorten it). */
  timeoutMs = 8000;
  /** Longest random wait before answering a `sync?` (tests set 0). */
  syncDelayMs = 800;

  private readonly items = new Map<string, Question>();
  /** Ids of the questions this kit asked (also the anonymous ones). */
  private readonly own = new Set<string>();
  private readonly seen = new WeakSet<object>();
  private readonly listeners = new Set<(added: Question[]) => void>();
  private readonly waiting = new Map<string, () => void>();
  private readonly asks: number[] = [];
  private readonly sends: number[] = [];
  private readonly received = new Map<string, number[]>();
  private synced = false;

  constructor(private readonly meeting: Meeting) {}

  /** Listens to changes (`added`: questions others just asked); returns the function that stops. */
  subscribe(listener: (added: Question[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether this kit asked question `q`. */
  isMine(q: Question): boolean {
    return this.own.has(q.id) || (!!q.user && q.user === this.meeting.self?.userId);
  }

  /** Whether self upvoted question `q`. */
  votedFor(q: Question): boolean {
    return q.voters.has(this.meeting.self?.userId ?? '');
  }

  /** The questions to show: all for hosts, the hidden ones left out for everyone else. */
  list(sort: QnaSort, withHidden: boolean): Question[] {
    const all = [...this.items.values()].filter((q) => withHidden || !q.hidden);
    return all.sort((a, b) =>
      sort === 'time'
        ? b.at - a.at
        : Number(a.answered) - Number(b.answered) || b.voters.size - a.voters.size || a.at - b.at,
    );
  }

  /** How many questions there are (hidden ones included). */
  get size(): number {
    return this.items.size;
  }

  /** Applies a `broadcastedMessage` event (anything that is not Q&A, or is malformed, is ignored). */
  receive(message: Broadcast | undefined): void {
    if (!message || message.type !== QNA_TYPE || typeof message.payload !== 'object') return;
    if (this.seen.has(message)) return;
    this.seen.add(message);
    const p = message.payload;
    const id = str(p.id, 100);
    const q = id ? this.items.get(id) : undefined;
    switch (p.op) {
      case 'ask':
        this.receiveAsk(p, message.timestamp);
        break;
      case 'vote': {
        const user = str(p.user, 200);
        if (!q || !user) return;
        if (p.on === true) q.voters.add(user);
        else q.voters.delete(user);
        this.changed([]);
        break;
      }
      case 'answer':
      case 'hide':
        if (!q) return;
        q[p.op === 'answer' ? 'answered' : 'hidden'] = p.on === true;
        this.changed([]);
        break;
      case 'sync?':
        this.answerSync(str(p.from, 200));
        break;
      case 'sync':
        this.merge(str(p.data, 100_000));
        break;
    }
    const nonce = str(p.n, 100);
    if (nonce) this.waiting.get(nonce)?.();
  }

  /**
   * Asks a question (`anonymous`: without name). Resolves when it is on everyone's list (its echo
   * arrived); rejects with a `QnaError` when the kit's rate limit stops it, the call is refused,
   * or no echo comes within `timeoutMs`.
   */
  async ask(text: string, anonymous: boolean): Promise<void> {
    const now = Date.now();
    prune(this.asks, now - ASK_WINDOW_MS);
    if (this.asks.length >= ASK_LIMIT) {
      throw new QnaError('rate', Math.ceil((this.asks[0]! + ASK_WINDOW_MS - now) / 1000));
    }
    this.asks.push(now);
    const self = this.meeting.self;
    const id = newId();
    this.own.add(id);
    await this.send('ask', id, {
      text: text.trim().slice(0, MAX_QUESTION_LENGTH),
      name: anonymous ? '' : (self?.name ?? ''),
      user: anonymous ? '' : (self?.userId ?? ''),
      from: anonymous ? '' : (self?.id ?? ''),
    });
  }

  /** Upvotes question `id` (`on`) or takes the vote back. */
  vote(id: string, on: boolean): Promise<void> {
    return this.send('vote', id, { user: this.meeting.self?.userId ?? '', on });
  }

  /** Host: marks question `id` answered, or not. */
  setAnswered(id: string, on: boolean): Promise<void> {
    return this.send('answer', id, { on });
  }

  /** Host: hides question `id` from everyone but hosts, or shows it again. */
  setHidden(id: string, on: boolean): Promise<void> {
    return this.send('hide', id, { on });
  }

  /** Asks the others for the list, once per join (call again after a rejoin). */
  requestSync(): void {
    const meeting = this.meeting;
    if (this.synced || meeting.self?.roomState !== 'joined') return;
    this.synced = true;
    void meeting.participants
      ?.broadcastMessage?.(QNA_TYPE, { op: 'sync?', from: meeting.self.id })
      .catch(() => (this.synced = false));
  }

  /** The meeting was left: the next join asks for the list again. */
  left(): void {
    this.synced = false;
  }

  private async send(op: string, id: string, fields: Payload): Promise<void> {
    const now = Date.now();
    prune(this.sends, now - SEND_WINDOW_MS);
    if (this.sends.length >= SEND_LIMIT) {
      throw new QnaError('rate', Math.ceil((this.sends[0]! + SEND_WINDOW_MS - now) / 1000));
    }
    this.sends.push(now);
    const broadcast = this.meeting.participants?.broadcastMessage;
    if (!broadcast) throw new QnaError('refused');
    let done!: () => void;
    const echoed = new Promise<void>((resolve) => (done = resolve));
    const key = newId();
    this.waiting.set(key, done);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await broadcast.call(this.meeting.participants, QNA_TYPE, { op, id, n: key, ...fields });
      // Resolved is only sent: it counts when its echo arrives (meeting-api §21).
      await Promise.race([
        echoed,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new QnaError('timeout')), this.timeoutMs);
        }),
      ]);
    } catch (error) {
      if (op === 'ask') this.own.delete(id);
      throw error instanceof QnaError ? error : new QnaError('refused');
    } finally {
      clearTimeout(timer);
      if (this.waiting.get(key) === done) this.waiting.delete(key);
    }
  }

  private receiveAsk(p: Payload, timestamp: number): void {
    const id = str(p.id, 100);
    const text = str(p.text, MAX_QUESTION_LENGTH)?.trim();
    if (!id || !text || this.items.has(id) || this.items.size >= MAX_QUESTIONS) return;
    const from = str(p.from, 200) ?? '';
    const mine = this.own.has(id);
    if (!mine) {
      // One sender cannot flood the list (anonymous questions share one allowance).
      const times = this.received.get(from) ?? [];
      prune(times, Date.now() - ASK_WINDOW_MS);
      if (times.length >= (from ? RECEIVE_LIMIT : RECEIVE_LIMIT * 3)) return;
      times.push(Date.now());
      this.received.set(from, times);
    }
    const q: Question = {
      id,
      text,
      name: str(p.name, 200) ?? '',
      user: str(p.user, 200) ?? '',
      at: typeof timestamp === 'number' && timestamp > 0 ? timestamp : Date.now(),
      voters: new Set(),
      answered: false,
      hidden: false,
    };
    this.items.set(id, q);
    this.changed(mine ? [] : [q]);
  }

  private answerSync(from: string | undefined): void {
    const meeting = this.meeting;
    if (!from || from === meeting.self?.id || !this.items.size) return;
    const rows = [...this.items.values()].map((q) => [
      q.id,
      q.text,
      q.name,
      q.user,
      q.at,
      [...q.voters],
      q.answered,
      q.hidden,
    ]);
    const chunks: string[] = [];
    let chunk: unknown[] = [];
    let length = 0;
    for (const row of rows) {
      const size = JSON.stringify(row).length + 1;
      if (chunk.length && length + size > CHUNK) {
        chunks.push(JSON.stringify(chunk));
        chunk = [];
        length = 0;
      }
      chunk.push(row);
      length += size;
    }
    if (chunk.length) chunks.push(JSON.stringify(chunk));
    setTimeout(() => {
      for (const data of chunks)
        void meeting.participants
          ?.broadcastMessage?.(QNA_TYPE, { op: 'sync', data }, { participantIds: [from] })
          .catch(() => undefined);
    }, Math.random() * this.syncDelayMs);
  }

  private merge(data: string | undefined): void {
    let rows: unknown;
    try {
      rows = JSON.parse(data ?? '');
    } catch {
      return;
    }
    if (!Array.isArray(rows)) return;
    const added: Question[] = [];
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const [id, text, name, user, at, voters, answered, hidden] = row as unknown[];
      const key = str(id, 100);
      const body = str(text, MAX_QUESTION_LENGTH)?.trim();
      if (!key || !body) continue;
      let q = this.items.get(key);
      if (!q) {
        if (this.items.size >= MAX_QUESTIONS) break;
        q = {
          id: key,
          text: body,
          name: str(name, 200) ?? '',
          user: str(user, 200) ?? '',
          at: typeof at === 'number' ? at : Date.now(),
          voters: new Set(),
          answered: false,
          hidden: false,
        };
        this.items.set(key, q);
        added.push(q);
      }
      if (Array.isArray(voters)) for (const v of voters) if (typeof v === 'string') q.voters.add(v);
      q.answered ||= answered === true;
      q.hidden ||= hidden === true;
    }
    this.changed(added);
  }

  private changed(added: Question[]): void {
    for (const listener of [...this.listeners]) listener(added);
  }
}

function prune(times: number[], before: number): void {
  while (times.length && times[0]! <= before) times.shift();
}

const stores = new WeakMap<object, QnaStore>();

/** The Q&A of a meeting (made the first time it is asked for). */
export function qnaOf(meeting: Meeting): QnaStore {
  let store = stores.get(meeting);
  if (!store) stores.set(meeting, (store = new QnaStore(meeting)));
  return store;
}

/** Whether self may mark questions answered and hide them: the meeting's hosts. */
export function canModerate(meeting: Meeting | undefined): boolean {
  const p = meeting?.self?.permissions;
  return Boolean(p?.kickParticipant || p?.acceptWaitingRequests || p?.canDisableParticipantAudio);
}
