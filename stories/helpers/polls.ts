import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import type { DemoArgs } from './demo.js';

/** A poll a story puts in the room: who asks, what, and how many people in the room vote at once. */
export interface StoryPoll {
  from: string;
  question: string;
  options: string[];
  anonymous?: boolean;
  hideVotes?: boolean;
  /** Votes cast right away (by people in the room). */
  votes?: number;
  /** Relative popularity of each option. */
  weights?: number[];
}

const meetings = new Map<string, { meeting: DemoMeeting; ids: string[] }>();

/**
 * A demo meeting for a polls story, one per distinct args (the polls included, so two stories
 * never share their polls), joined when asked. The polls are created at once (they are there on
 * joining); their votes come in once joined, and `live` more votes trickle in on the last poll.
 */
export function pollsMeeting(
  args: DemoArgs,
  polls: StoryPoll[] = [],
  live = 0,
): { meeting: DemoMeeting; ids: string[] } {
  const key = JSON.stringify([args, polls, live]);
  const known = meetings.get(key);
  if (known) return known;
  const { join, leaveAs, permissions, ...options } = args;
  void leaveAs;
  const meeting = createDemoMeeting({ seed: 1, ...options });
  if (permissions) meeting.director.updatePermissions(permissions);
  const ids = polls.map((p) =>
    meeting.director.polls.create(p.from, p.question, p.options, {
      anonymous: p.anonymous,
      hideVotes: p.hideVotes,
    }),
  );
  meetings.set(key, { meeting, ids });
  meeting.self.once('roomJoined', () => {
    polls.forEach((p, i) => {
      if (p.votes) meeting.director.polls.voteMany(ids[i]!, p.votes, { weights: p.weights });
    });
    const last = ids.at(-1);
    if (live && last)
      meeting.director.polls.voteOverTime(last, live, {
        durationMs: live * 400,
        weights: polls.at(-1)?.weights,
      });
  });
  if (join) void meeting.join().catch(() => undefined);
  return { meeting, ids };
}
