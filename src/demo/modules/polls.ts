import type { Poll, Polls, PollsEvents } from '../../meeting/polls.js';
import type { PresetUpdates } from '../../meeting/permissions.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';
import { shuffled, uuid } from '../random.js';
import { AuthorBook } from './authors.js';

/** Options of a scripted poll. */
export interface ScriptPollOptions {
  anonymous?: boolean;
  hideVotes?: boolean;
}

/** What the "server" can silently refuse (`director.polls.failNext`). */
export type PollRefusal = 'create' | 'vote';

/** `director.polls`: remote people create polls and vote. */
export interface PollsScript {
  /**
   * The server refuses the next `count` (default 1) `create` or `vote` calls, as the real one
   * does: the call still resolves at once and no `pollsUpdate` ever comes.
   */
  failNext(kind: PollRefusal, count?: number): void;
  /** Someone (peer id, user id or name) creates a poll; returns its id. Before join it is simply there on join. */
  create(from: string, question: string, options: string[], settings?: ScriptPollOptions): string;
  /** One person votes: `pollsUpdate { newPoll: false }` (nothing when they already voted). */
  vote(pollId: string, optionIndex: number, voter: string): void;
  /**
   * `count` votes at once, with one `pollsUpdate`: people in the room who have not voted yet, then
   * synthetic viewers. Each vote goes to `option`, or to a seeded option weighted by `weights`.
   */
  voteMany(pollId: string, count: number, choice?: { option?: number; weights?: number[] }): void;
  /**
   * `count` votes spread over `durationMs` (default 3000): every `intervalMs` (default 200) a batch
   * goes in through `voteMany`, so the poll's results move live. Returns a function that stops the
   * remaining batches (they also stop when the meeting is destroyed).
   */
  voteOverTime(pollId: string, count: number, options?: VoteOverTimeOptions): () => void;
}

/** Options of `director.polls.voteOverTime`. */
export interface VoteOverTimeOptions {
  /** How long the voting lasts, in milliseconds (default 3000). */
  durationMs?: number;
  /** Milliseconds between batches (default 200). */
  intervalMs?: number;
  /** Every vote goes to this option. */
  option?: number;
  /** Relative popularity of each option (seeded choice). */
  weights?: number[];
}

interface Voter {
  id: string;
  name: string;
}

/**
 * `meeting.polls`. As in the SDK, `create` and `vote` resolve at once (the request is sent) and the
 * change comes back later, after the meeting's latency (`pollsUpdate { polls, newPoll }`); a refused
 * call (`director.polls.failNext`) resolves the same and never echoes. Polls existing on join are assigned to `items`
 * without an event, a new poll replaces the `items` array and a vote replaces the poll in place.
 *
 * Unlike the SDK (which logs and resolves), a missing `polls.canCreate` / `canVote` rejects with
 * `0701` (the Polls module's "Permission denied" in the SDK's numbering) before any event.
 */
export class DemoPolls extends DemoEmitter<PollsEvents> implements Polls, DemoModule<PollsScript> {
  /** The polls self can see. */
  items: Poll[] = [];
  readonly script: PollsScript;
  /** The room's polls (the "server" copy; `items` holds snapshots). */
  private readonly polls: Poll[] = [];
  private readonly authors: AuthorBook;
  private syntheticVoters = 0;
  /** Who voted on each poll, for O(1) checks when thousands vote. */
  private readonly voters = new Map<string, Set<string>>();
  /** Calls of each kind the "server" will refuse next. */
  private readonly refusals: Record<PollRefusal, number> = { create: 0, vote: 0 };

  constructor(private readonly ctx: DemoContext) {
    super();
    this.authors = new AuthorBook(ctx);
    this.script = this.createScript();
    ctx.self.permissions.on('permissionsUpdate', this.onPermissions);
  }

  /** Creates a poll (at least a question and two options). Rejects 0705 before joining, 0701 without `canCreate`. */
  async create(
    question: string,
    options: string[],
    anonymous = false,
    hideVotes = false,
  ): Promise<void> {
    if (!this.joined) throw new DemoClientError('0705', "Can't create polls without joining room");
    if (!this.ctx.self.permissions.polls.canCreate)
      throw new DemoClientError('0701', 'You may not create polls.');
    const texts = (options ?? []).map((o) => String(o).trim());
    if (!String(question ?? '').trim() || texts.length < 2 || texts.some((t) => !t)) {
      throw new DemoClientError(
        '0700',
        'A poll needs a question and at least two non-empty options.',
      );
    }
    const self = this.ctx.self;
    const author = { name: self.name, userId: self.userId };
    this.echo('create', () =>
      this.add(this.newPoll(author, question.trim(), texts, anonymous, hideVotes)),
    );
  }

  /** Votes for an option (once per poll). Rejects 0705 before joining, 0701 without `canVote`. */
  async vote(pollId: string, optionIndex: number): Promise<void> {
    if (!this.joined) throw new DemoClientError('0705', "Can't vote without joining room");
    if (!this.ctx.self.permissions.polls.canVote)
      throw new DemoClientError('0701', 'You may not vote.');
    const poll = this.polls.find((p) => p.id === pollId);
    if (!poll) throw new DemoClientError('0700', `No poll with id ${pollId}.`);
    if (!Number.isInteger(optionIndex) || !poll.options[optionIndex]) {
      throw new DemoClientError('0700', `The poll has no option ${optionIndex}.`);
    }
    const self = this.ctx.self;
    const voter = { id: self.userId, name: self.name };
    this.echo('vote', () => {
      if (this.record(poll, voter, optionIndex)) this.changed(poll);
    });
  }

  // ---- DemoModule ----

  roomJoined(): void {
    this.items = this.canView ? this.polls.map(snapshot) : [];
  }

  // ---- Internals ----

  private get joined(): boolean {
    return this.ctx.self.roomState === 'joined';
  }

  /** The "server" answers after the latency, unless it refuses this call: then nothing comes. */
  private echo(kind: PollRefusal, answer: () => void): void {
    if (this.refusals[kind] > 0) {
      this.refusals[kind]--;
      return;
    }
    void this.ctx.latency().then(answer);
  }

  private get canView(): boolean {
    return this.ctx.self.permissions.polls.canView;
  }

  /** Like the SDK: polls are reloaded (without an event) or cleared when `canView` changes. */
  private onPermissions = (patch: PresetUpdates) => {
    if (patch?.polls?.canView === undefined || !this.joined) return;
    this.items = patch.polls.canView ? this.polls.map(snapshot) : [];
  };

  private newPoll(
    author: { name: string; userId: string },
    question: string,
    options: string[],
    anonymous: boolean,
    hideVotes: boolean,
  ): Poll {
    return {
      id: uuid(this.ctx.random),
      question,
      options: options.map((text) => ({ text, votes: [], count: 0 })),
      anonymous,
      hideVotes,
      createdBy: author.name,
      createdByUserId: author.userId,
      voted: [],
    };
  }

  private add(poll: Poll): void {
    this.polls.push(poll);
    if (!this.joined || !this.canView) return;
    this.items = [...this.items, snapshot(poll)];
    this.emit('pollsUpdate', { polls: this.items, newPoll: true });
  }

  /** Records one vote on the server copy; false when that person already voted. */
  private record(poll: Poll, voter: Voter, optionIndex: number): boolean {
    const option = poll.options[optionIndex];
    let voted = this.voters.get(poll.id);
    if (!voted) this.voters.set(poll.id, (voted = new Set(poll.voted)));
    if (!option || voted.has(voter.id)) return false;
    voted.add(voter.id);
    poll.voted.push(voter.id);
    option.count++;
    // Anonymous polls keep counts, not names.
    if (!poll.anonymous) option.votes.push({ id: voter.id, name: voter.name });
    return true;
  }

  private changed(poll: Poll): void {
    if (!this.joined || !this.canView) return;
    const index = this.items.findIndex((p) => p.id === poll.id);
    if (index < 0) {
      this.items = [...this.items, snapshot(poll)];
      this.emit('pollsUpdate', { polls: this.items, newPoll: true });
      return;
    }
    this.items[index] = snapshot(poll);
    this.emit('pollsUpdate', { polls: this.items, newPoll: false });
  }

  private pickOption(poll: Poll, weights?: number[]): number {
    const n = poll.options.length;
    const w = Array.from({ length: n }, (_, i) => Math.max(0, weights?.[i] ?? 1));
    const total = w.reduce((a, b) => a + b, 0) || n;
    let r = this.ctx.random() * total;
    for (let i = 0; i < n; i++) {
      r -= w[i] ?? 0;
      if (r < 0) return i;
    }
    return n - 1;
  }

  private createScript(): PollsScript {
    return {
      failNext: (kind, count = 1) => {
        if (kind in this.refusals) this.refusals[kind] += Math.max(0, Math.floor(count));
      },
      create: (from, question, options, settings = {}) => {
        const author = this.authors.of(from);
        const poll = this.newPoll(
          author,
          question,
          options,
          !!settings.anonymous,
          !!settings.hideVotes,
        );
        this.add(poll);
        return poll.id;
      },
      vote: (pollId, optionIndex, voter) => {
        const poll = this.polls.find((p) => p.id === pollId);
        const author = this.authors.of(voter);
        if (poll && this.record(poll, { id: author.userId, name: author.name }, optionIndex))
          this.changed(poll);
      },
      voteMany: (pollId, count, choice = {}) => {
        const poll = this.polls.find((p) => p.id === pollId);
        if (!poll) return;
        const voted = new Set(poll.voted);
        const people = shuffled(this.ctx.random, this.ctx.people()).filter(
          (p) => !voted.has(p.userId),
        );
        let changed = false;
        for (let i = 0; i < Math.max(0, Math.floor(count)); i++) {
          const person = people[i];
          const voter = person
            ? { id: person.userId, name: person.name }
            : { id: uuid(this.ctx.random), name: `Viewer ${++this.syntheticVoters}` };
          const option = choice.option ?? this.pickOption(poll, choice.weights);
          changed = this.record(poll, voter, option) || changed;
        }
        if (changed) this.changed(poll);
      },
      voteOverTime: (pollId, count, options = {}) => {
        const interval = Math.max(10, options.intervalMs ?? 200);
        const steps = Math.max(1, Math.round(Math.max(0, options.durationMs ?? 3000) / interval));
        const total = Math.max(0, Math.floor(count));
        let cast = 0;
        let stopped = false;
        const step = (index: number) => {
          if (stopped || cast >= total) return;
          // Spread evenly: after step i, round(total * i / steps) votes are in.
          const batch = Math.round((total * index) / steps) - cast;
          cast += batch;
          if (batch > 0)
            this.script.voteMany(pollId, batch, {
              option: options.option,
              weights: options.weights,
            });
          if (index < steps) this.ctx.later(() => step(index + 1), interval);
        };
        this.ctx.later(() => step(1), interval);
        return () => {
          stopped = true;
        };
      },
    };
  }
}

/** A copy the UI may keep: the SDK hands out a fresh object on every update. */
function snapshot(poll: Poll): Poll {
  return {
    ...poll,
    options: poll.options.map((o) => ({ ...o, votes: [...o.votes] })),
    voted: [...poll.voted],
  };
}
