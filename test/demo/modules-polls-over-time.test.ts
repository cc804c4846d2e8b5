import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import type { Poll } from '../../src/meeting/polls.js';
import { until } from '../helpers/wait.js';

describe('demo meeting: polls voted over time', () => {
  let meeting: DemoMeeting | undefined;
  afterEach(() => {
    meeting?.destroy();
    meeting = undefined;
  });

  it('voteOverTime: votes arrive in several pollsUpdate batches, people in the room first', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 5 });
    await meeting.join();
    const id = meeting.director.polls.create('Ada', 'Q?', ['A', 'B']);
    const totals: number[] = [];
    meeting.polls.on('pollsUpdate', ({ polls }: { polls: Poll[] }) =>
      totals.push(polls.find((p) => p.id === id)!.voted.length),
    );
    meeting.director.polls.voteOverTime(id, 12, { durationMs: 100, intervalMs: 20, option: 1 });
    await until(() => meeting!.polls.items[0]!.voted.length === 12, 'not all votes came in');
    expect(totals.length).to.be.greaterThan(2);
    expect(totals).to.deep.equal([...totals].sort((a, b) => a - b));
    const poll = meeting.polls.items[0]!;
    expect(poll.options[1]!.count).to.equal(12);
    const people = new Set(meeting.director.people.map((p) => p.userId));
    expect(poll.voted.slice(0, 5).every((id) => people.has(id))).to.equal(true);
  });

  it('voteOverTime: the returned function stops the remaining batches', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 2 });
    await meeting.join();
    const id = meeting.director.polls.create('Ada', 'Q?', ['A', 'B']);
    const stop = meeting.director.polls.voteOverTime(id, 100, { durationMs: 1000, intervalMs: 20 });
    await until(() => meeting!.polls.items[0]!.voted.length > 0, 'no vote');
    stop();
    const after = meeting.polls.items[0]!.voted.length;
    // Timers run in the order they are due: once this one has run, the next batches (every 20 ms)
    // would have come, however busy the machine.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(meeting.polls.items[0]!.voted.length).to.equal(after);
    expect(after).to.be.lessThan(100);
  });
});
