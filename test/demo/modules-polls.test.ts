import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting, type DemoPolls } from '../../src/demo/index.js';
import type { Poll, Polls } from '../../src/meeting/polls.js';
import { meetingEvent } from '../helpers/wait.js';
import { record, rejectionOf } from './core-helpers.js';

// Compile-time: the demo polls are `Polls`.
const asPolls: (p: DemoPolls) => Polls = (p) => p;

type Update = { polls: Poll[]; newPoll: boolean };

describe('demo meeting: polls', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('create resolves at once; pollsUpdate { polls, newPoll: true } comes after the latency', async () => {
    meeting = createDemoMeeting({ latency: 5 });
    expect(asPolls(meeting.polls)).to.equal(meeting.polls);
    await meeting.join();
    const log = record({ polls: meeting.polls });
    const echo = meetingEvent(meeting.polls, 'pollsUpdate');
    await meeting.polls.create('Lunch?', ['Pizza', 'Salad'], false, true);
    expect(log.events).to.have.length(0, 'resolved before the server answered');
    await echo;
    expect(log.names()).to.deep.equal(['polls.pollsUpdate']);
    const { polls, newPoll } = log.events[0]!.args[0] as Update;
    expect(newPoll).to.equal(true);
    expect(polls).to.equal(meeting.polls.items);
    expect(polls[0]).to.deep.include({
      question: 'Lunch?',
      anonymous: false,
      hideVotes: true,
      createdBy: 'You',
      createdByUserId: meeting.self.userId,
      voted: [],
    });
    expect(polls[0]!.options).to.deep.equal([
      { text: 'Pizza', votes: [], count: 0 },
      { text: 'Salad', votes: [], count: 0 },
    ]);
  });

  it('director.failNext: a refused create or vote resolves and never brings a pollsUpdate', async () => {
    meeting = createDemoMeeting({ latency: 5 });
    await meeting.join();
    const log = record({ polls: meeting.polls });
    meeting.director.failNext('poll');
    await meeting.polls.create('Lost?', ['A', 'B']);
    let echo = meetingEvent(meeting.polls, 'pollsUpdate');
    await meeting.polls.create('Kept?', ['A', 'B']);
    await echo;
    expect(meeting.polls.items.map((p) => p.question)).to.deep.equal(['Kept?']);
    meeting.director.failNext('pollVote');
    const id = meeting.polls.items[0]!.id;
    await meeting.polls.vote(id, 0);
    echo = meetingEvent(meeting.polls, 'pollsUpdate');
    meeting.director.polls.vote(id, 1, meeting.director.people[0]!.id);
    await echo;
    expect(meeting.polls.items[0]!.voted).to.not.include(meeting.self.userId);
    expect(log.events).to.have.length(2);
  });

  it('vote: pollsUpdate { newPoll: false } with the voter; a second vote changes nothing', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    await meeting.polls.create('Q', ['A', 'B']);
    const id = meeting.polls.items[0]!.id;
    const items = meeting.polls.items;
    const log = record({ polls: meeting.polls });
    await meeting.polls.vote(id, 1);
    await meeting.polls.vote(id, 0);
    expect(log.names()).to.deep.equal(['polls.pollsUpdate']);
    expect((log.events[0]!.args[0] as Update).newPoll).to.equal(false);
    const poll = meeting.polls.items[0]!;
    expect(meeting.polls.items).to.equal(items, 'a vote replaces the poll in place');
    expect(poll.voted).to.deep.equal([meeting.self.userId]);
    expect(poll.options[1]).to.deep.equal({
      text: 'B',
      count: 1,
      votes: [{ id: meeting.self.userId, name: 'You' }],
    });
  });

  it('rejects without permission (0701) or before joining (0705), before any event', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect((await rejectionOf(meeting.polls.create('Q', ['A', 'B']))).code).to.equal('0705');
    await meeting.join();
    const id = meeting.director.polls.create(meeting.director.people[0]!.id, 'Q', ['A', 'B']);
    meeting.director.updatePermissions({ polls: { canCreate: false, canVote: false } });
    const log = record({ polls: meeting.polls });
    const error = await rejectionOf(meeting.polls.create('Q', ['A', 'B']));
    expect(error.code).to.equal('0701');
    expect(error.message).to.match(/^\[ERR0701\]: \{Polls\}/);
    expect((await rejectionOf(meeting.polls.vote(id, 0))).code).to.equal('0701');
    expect(log.events).to.deep.equal([]);
  });

  it('viewers may vote but not create', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    await meeting.join();
    expect((await rejectionOf(meeting.polls.create('Q', ['A', 'B']))).code).to.equal('0701');
    const id = meeting.director.polls.create('Host', 'Q', ['A', 'B']);
    await meeting.polls.vote(id, 0);
    expect(meeting.polls.items[0]!.options[0]!.count).to.equal(1);
  });

  it('polls created before joining load on join without an event', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const id = meeting.director.polls.create(meeting.director.people[0]!.id, 'Before?', [
      'Yes',
      'No',
    ]);
    meeting.director.polls.voteMany(id, 2, { option: 0 });
    const log = record({ polls: meeting.polls });
    expect(meeting.polls.items).to.have.length(0);
    await meeting.join();
    expect(log.events).to.deep.equal([]);
    expect(meeting.polls.items).to.have.length(1);
    expect(meeting.polls.items[0]!.options[0]!.count).to.equal(2);
  });

  it('director: a remote person creates a poll and people vote', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 3 });
    await meeting.join();
    const [ada, bo] = meeting.director.people;
    const log = record({ polls: meeting.polls });
    const id = meeting.director.polls.create(ada!.id, 'Ship it?', ['Yes', 'No'], {
      anonymous: false,
    });
    meeting.director.polls.vote(id, 0, bo!.id);
    meeting.director.polls.vote(id, 1, bo!.name);
    expect(log.events.map((e) => (e.args[0] as Update).newPoll)).to.deep.equal([true, false]);
    const poll = meeting.polls.items[0]!;
    expect(poll).to.include({ createdBy: ada!.name, createdByUserId: ada!.userId });
    expect(poll.voted).to.deep.equal([bo!.userId]);
    expect(poll.options[0]!.votes).to.deep.equal([{ id: bo!.userId, name: bo!.name }]);
  });

  it('voteMany: thousands of votes with one event; anonymous polls keep no names', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 4, seed: 5 });
    await meeting.join();
    const id = meeting.director.polls.create('Host', 'Big?', ['A', 'B', 'C'], { anonymous: true });
    const log = record({ polls: meeting.polls });
    const started = performance.now();
    meeting.director.polls.voteMany(id, 5000, { weights: [3, 1, 0] });
    expect(performance.now() - started).to.be.below(1000);
    expect(log.names()).to.deep.equal(['polls.pollsUpdate']);
    const poll = meeting.polls.items[0]!;
    expect(poll.voted).to.have.length(5000);
    expect(new Set(poll.voted).size).to.equal(5000);
    const counts = poll.options.map((o) => o.count);
    expect(counts[0]! + counts[1]! + counts[2]!).to.equal(5000);
    expect(counts[2]).to.equal(0);
    expect(counts[0]).to.be.above(counts[1]!);
    expect(poll.options.every((o) => o.votes.length === 0)).to.equal(true);
    const people = meeting.director.people.map((p) => p.userId);
    expect(people.every((u) => poll.voted.includes(u))).to.equal(
      true,
      'people in the room vote first',
    );
  });

  it('losing polls.canView clears the list; getting it back reloads it, without events', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    meeting.director.polls.create('Host', 'Q', ['A', 'B']);
    const log = record({ polls: meeting.polls });
    meeting.director.updatePermissions({ polls: { canView: false } });
    expect(meeting.polls.items).to.have.length(0);
    meeting.director.polls.create('Host', 'Q2', ['A', 'B']);
    meeting.director.updatePermissions({ polls: { canView: true } });
    expect(meeting.polls.items.map((p) => p.question)).to.deep.equal(['Q', 'Q2']);
    expect(log.events).to.deep.equal([]);
  });
});
