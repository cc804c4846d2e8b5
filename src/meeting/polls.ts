import type { Emitter } from './emitter.js';

/** One answer of a poll, with who voted for it. */
export interface PollOption {
  text: string;
  votes: { id: string; name: string }[];
  count: number;
}

/** A poll. `voted` lists the ids of people who voted. */
export interface Poll {
  id: string;
  question: string;
  options: PollOption[];
  anonymous: boolean;
  hideVotes: boolean;
  createdBy: string;
  createdByUserId: string;
  voted: string[];
}

/** Events of `meeting.polls`. */
export type PollsEvents = {
  pollsUpdate: (payload: { polls: Poll[]; newPoll: boolean }) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Polls (`meeting.polls`). The polls loaded on join arrive without an event. */
export interface Polls extends Emitter<PollsEvents> {
  readonly items: Poll[];
  create(
    question: string,
    options: string[],
    anonymous?: boolean,
    hideVotes?: boolean,
  ): Promise<void>;
  vote(pollId: string, optionIndex: number): Promise<void>;
}
