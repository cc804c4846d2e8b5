import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/poll/rtk-poll.js';
import type { RtkPoll } from '../../src/components/poll/rtk-poll.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkVotePollEvent } from '../../src/events/rtk-vote-poll.js';
import type { Poll } from '../../src/meeting/polls.js';
import {
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const part = (el: RtkPoll, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: RtkPoll, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const radios = (el: RtkPoll) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
const voteButton = (el: RtkPoll) => part(el, 'vote-button') ?? undefined;
const results = (el: RtkPoll) => parts(el, 'result').map((li) => deepText(li));

async function settle(el: RtkPoll) {
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<Updatable>('rtk-button'))
    await child.updateComplete;
}

/** A joined meeting with one poll by Ada, and the poll mounted for the meeting's self. */
async function mountPoll(
  options: {
    anonymous?: boolean;
    hideVotes?: boolean;
    preset?: 'host' | 'participant' | 'webinar-viewer';
    mineToo?: boolean;
  } = {},
) {
  const meeting = await demoMeeting({ join: true, people: 6, preset: options.preset });
  const id = options.mineToo
    ? (await meeting.polls.create(
        'Best day?',
        ['Mon', 'Fri'],
        options.anonymous,
        options.hideVotes,
      ),
      meeting.polls.items[0]!.id)
    : meeting.director.polls.create('Ada', 'Lunch?', ['Pizza', 'Salad', 'Soup'], options);
  const poll = () => meeting.polls.items.find((p) => p.id === id)!;
  const { el } = await mountWithMeeting<RtkPoll>(
    html`<rtk-poll .meeting=${meeting} .poll=${poll()}></rtk-poll>`,
  );
  await settle(el);
  return { el, meeting, id, poll };
}

describe('<rtk-poll>', () => {
  it('shows the question, who asked, and a radio group to vote with', async () => {
    const { el } = await mountPoll();
    expect(part(el, 'question')!.textContent).to.equal('Lunch?');
    expect(deepText(part(el, 'meta')!)).to.equal('Asked by Ada');
    const group = part(el, 'options')!;
    expect(group.localName).to.equal('fieldset');
    expect(group.getAttribute('aria-labelledby')).to.equal('question');
    expect(radios(el).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'Pizza',
      'Salad',
      'Soup',
    ]);
    expect(deepText(voteButton(el)!)).to.equal('Vote');
    // Results are open (not hidden): zero votes, in words.
    expect(results(el)).to.deep.equal([
      'Pizza 0 votes, 0%',
      'Salad 0 votes, 0%',
      'Soup 0 votes, 0%',
    ]);
    expect(deepText(el)).to.include('No votes yet');
    await expect(el).to.be.accessible();
  });

  it('votes once with the keyboard: arrows choose, the vote button votes, focus lands on "You voted"', async () => {
    const { el, meeting, poll } = await mountPoll();
    const votes = oneEvent(el, 'rtkVotePoll') as Promise<RtkVotePollEvent>;
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(radios(el)[1]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const event = await votes;
    expect(event.detail).to.deep.equal({ id: poll().id, index: 1 });
    await until(() => poll().voted.includes(meeting.self.userId), 'never voted');
    await settle(el);
    expect(voteButton(el)).to.equal(undefined);
    expect(radios(el)).to.have.length(0);
    expect(deepText(part(el, 'status')!)).to.equal('You voted.');
    expect(deepActiveElement()).to.equal(part(el, 'status'));
    expect(results(el)[1]).to.equal('Salad Your vote 1 vote, 100% Voted: You');
    expect(deepText(el)).to.include('1 vote in total');
    await expect(el).to.be.accessible();
  });

  it('asks for a choice when voting with none, in an alert', async () => {
    const { el, meeting, poll } = await mountPoll();
    voteButton(el)!.click();
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('Choose an option to vote.');
    expect(part(el, 'options')!.getAttribute('aria-describedby')).to.equal('choose');
    expect(poll().voted).to.not.include(meeting.self.userId);
  });

  it('updates results live as others vote: counts, percentages and who voted', async () => {
    const { el, meeting, id } = await mountPoll();
    const [a, b, c] = meeting.director.people;
    meeting.director.polls.vote(id, 0, a!.id);
    meeting.director.polls.vote(id, 0, b!.id);
    meeting.director.polls.vote(id, 2, c!.id);
    await settle(el);
    expect(results(el)).to.deep.equal([
      `Pizza 2 votes, 67% Voted: ${a!.name}, ${b!.name}`,
      'Salad 0 votes, 0%',
      `Soup 1 vote, 33% Voted: ${c!.name}`,
    ]);
    expect(deepText(el)).to.include('3 votes in total');
    // Many voters: three names, then how many more.
    meeting.director.polls.voteMany(id, 40, { option: 0 });
    await settle(el);
    expect(results(el)[0]).to.match(
      /^Pizza 42 votes, 98% Voted: [^,]+, [^,]+, [^,]+ and 39 others$/,
    );
    // The bar is drawn for sighted users only: its share is in the text.
    expect(part(el, 'bar')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('anonymous polls show counts but never names', async () => {
    const { el, meeting, id } = await mountPoll({ anonymous: true });
    expect(deepText(part(el, 'meta')!)).to.equal('Asked by Ada Anonymous');
    meeting.director.polls.voteMany(id, 3, { option: 1 });
    await settle(el);
    expect(results(el)[1]).to.equal('Salad 3 votes, 100%');
    expect(parts(el, 'voters')).to.have.length(0);
  });

  it('hideVotes hides results until you voted', async () => {
    const { el, meeting, id, poll } = await mountPoll({ hideVotes: true });
    meeting.director.polls.voteMany(id, 4, { option: 2 });
    await settle(el);
    expect(parts(el, 'results')).to.have.length(0);
    expect(deepText(el)).to.include('Results are shown once you vote.');
    expect(deepText(el)).to.not.include('votes');
    radios(el)[0]!.click();
    voteButton(el)!.click();
    await until(() => poll().voted.includes(meeting.self.userId));
    await settle(el);
    expect(results(el)[0]).to.equal('Pizza Your vote 1 vote, 20% Voted: You');
    expect(results(el)[2]).to.match(/^Soup 4 votes, 80% Voted: /);
    expect(deepText(el)).to.not.include('Results are shown once you vote.');
  });

  it('the creator of a hidden poll sees its results', async () => {
    const { el } = await mountPoll({ hideVotes: true, mineToo: true });
    expect(deepText(part(el, 'meta')!)).to.equal('Asked by you Results after voting');
    expect(parts(el, 'results')).to.have.length(1);
  });

  it('without canVote: no vote control, results still shown', async () => {
    const { el, meeting } = await mountPoll();
    meeting.director.updatePermissions({ polls: { canVote: false } });
    await settle(el);
    expect(radios(el)).to.have.length(0);
    expect(voteButton(el)).to.equal(undefined);
    expect(parts(el, 'results')).to.have.length(1);
  });

  it("without canView (or the docs' canViewResults): no results, voting still possible", async () => {
    const meeting = await demoMeeting({ join: true, people: 3 });
    const id = meeting.director.polls.create('Ada', 'Lunch?', ['Pizza', 'Salad']);
    meeting.director.polls.voteMany(id, 2, { option: 0 });
    const poll = meeting.polls.items[0]!;
    for (const permissions of [
      { polls: { canVote: true, canView: false } },
      { polls: { canVote: true, canViewResults: false } },
    ]) {
      const { el } = await mountWithMeeting<RtkPoll>(
        html`<rtk-poll .poll=${poll} .permissions=${permissions}></rtk-poll>`,
        {
          join: true,
        },
      );
      await settle(el);
      expect(radios(el)).to.have.length(2);
      expect(parts(el, 'results')).to.have.length(0);
      expect(deepText(el)).to.not.match(/\d+ votes?/);
    }
    void meeting;
  });

  it('without canCreate nothing changes here: any preset can vote on polls it sees (webinar viewer)', async () => {
    const { el } = await mountPoll({ preset: 'webinar-viewer' });
    expect(radios(el)).to.have.length(3);
  });

  it('a rejected vote is reported and the vote stays open', async () => {
    const { el, meeting, poll } = await mountPoll();
    meeting.polls.vote = async () => {
      throw Object.assign(new Error('[ERR0701]: {Polls} Permission denied'), { code: '0701' });
    };
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    radios(el)[2]!.click();
    voteButton(el)!.click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Vote failed: /);
    await settle(el);
    expect(voteButton(el)).to.exist;
    expect(radios(el)[2]!.checked).to.equal(true);
    expect(poll().voted).to.not.include(meeting.self.userId);
    expect(deepText(el)).to.not.include('You voted');
  });

  it('a vote the meeting never counts: busy until then, then an alert and the choice kept', async () => {
    const { el, meeting, poll } = await mountPoll();
    el.voteTimeout = 400;
    meeting.director.failNext('pollVote');
    radios(el)[1]!.click();
    await settle(el);
    voteButton(el)!.click();
    await until(() => voteButton(el)?.hasAttribute('loading'), 'not busy');
    expect(deepText(el)).to.not.include('You voted');
    const alert = await until(
      () => el.shadowRoot!.querySelector('[part="vote-error"]'),
      'no alert',
    );
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.equal('Your vote was not counted. Try again.');
    await settle(el);
    expect(voteButton(el)!.hasAttribute('loading')).to.equal(false);
    expect(radios(el)[1]!.checked).to.equal(true);
    expect(poll().voted).to.not.include(meeting.self.userId);
    // Voting again works: "You voted" once the meeting counted it.
    voteButton(el)!.click();
    await until(() => deepText(el).includes('You voted'), 'second vote not counted');
    expect(el.shadowRoot!.querySelector('[part="vote-error"]')).to.equal(null);
  });

  it('a page can take over the vote by cancelling rtkVotePoll', async () => {
    const { el, meeting, poll } = await mountPoll();
    el.addEventListener('rtkVotePoll', (e) => e.preventDefault(), { once: true });
    radios(el)[0]!.click();
    voteButton(el)!.click();
    await settle(el);
    expect(poll().voted).to.not.include(meeting.self.userId);
  });

  it('works standalone from the poll property, without a meeting', async () => {
    const poll: Poll = {
      id: 'p1',
      question: 'Tea or coffee?',
      options: [
        { text: 'Tea', count: 1, votes: [{ id: 'u1', name: 'Ada' }] },
        { text: 'Coffee', count: 3, votes: [] },
      ],
      anonymous: false,
      hideVotes: false,
      createdBy: 'Ada',
      createdByUserId: 'u1',
      voted: ['u1', 'u2', 'u3', 'u4'],
    };
    const { el } = await mountWithMeeting<RtkPoll>(
      html`<rtk-poll .poll=${poll} self="u9"></rtk-poll>`,
    );
    // (The fixture's meeting is not joined and has no such poll: the property is shown.)
    await settle(el);
    expect(results(el)).to.deep.equal(['Tea 1 vote, 25% Voted: Ada', 'Coffee 3 votes, 75%']);
    const fresh = await (async () => {
      const { el: other } = await mountWithMeeting<RtkPoll>(html`<rtk-poll></rtk-poll>`);
      return other;
    })();
    expect(fresh.shadowRoot!.children.length).to.equal(0);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting: DemoMeeting = await demoMeeting({ join: true });
    meeting.director.polls.create('Ada', 'Q?', ['A', 'B']);
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkPoll>(
      html`<rtk-poll .meeting=${meeting} .poll=${meeting.polls.items[0]}></rtk-poll>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
