import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/polls/rtk-polls.js';
import type { RtkPolls } from '../../src/components/polls/rtk-polls.js';
import type { RtkPoll } from '../../src/components/poll/rtk-poll.js';
import type { RtkPollForm } from '../../src/components/poll-form/rtk-poll-form.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import {
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const part = (el: RtkPolls, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const polls = (el: RtkPolls) => [...el.shadowRoot!.querySelectorAll<RtkPoll>('rtk-poll')];
const questions = (el: RtkPolls) =>
  polls(el).map((p) => p.shadowRoot!.querySelector('[part="question"]')!.textContent);
const form = (el: RtkPolls) => part(el, 'poll-form') as RtkPollForm | null;

async function settle(el: RtkPolls) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    for (const child of queryAllDeep<Updatable>(
      el,
      'rtk-poll, rtk-poll-form, rtk-button, rtk-switch',
    ))
      await child.updateComplete;
  }
}

async function mountPolls(options: Parameters<typeof mountWithMeeting>[1] = {}) {
  const result = await mountWithMeeting<RtkPolls>(html`<rtk-polls></rtk-polls>`, {
    join: true,
    people: 5,
    ...options,
  });
  await settle(result.el);
  return result;
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

describe('<rtk-polls>', () => {
  it('shows an empty state, and a create button for presets that may create', async () => {
    const { el } = await mountPolls();
    expect(deepText(part(el, 'empty')!)).to.equal(
      'No polls yet. Ask everyone a question with a poll.',
    );
    expect(deepText(part(el, 'button')!)).to.equal('Create poll');
    await expect(el).to.be.accessible();
  });

  it("lists polls newest first, live as they are created, and announces others' polls", async () => {
    const { el, meeting } = await mountPolls();
    meeting.director.polls.create('Ada', 'First?', ['A', 'B']);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'New poll from Ada: First?',
    );
    meeting.director.polls.create('Ben', 'Second?', ['A', 'B']);
    await settle(el);
    expect(questions(el)).to.deep.equal(['Second?', 'First?']);
    expect(part(el, 'polls')!.getAttribute('aria-label')).to.equal('Polls');
    expect(part(el, 'empty')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the polls that were there on joining (no event)', async () => {
    const meeting = await demoMeeting({ people: 3 });
    meeting.director.polls.create('Ada', 'Before you came?', ['Yes', 'No']);
    const { el } = await mountWithMeeting<RtkPolls>(
      html`<rtk-polls .meeting=${meeting}></rtk-polls>`,
    );
    await settle(el);
    expect(part(el, 'empty')).to.exist;
    await meeting.join();
    await settle(el);
    expect(questions(el)).to.deep.equal(['Before you came?']);
  });

  it('creates a poll through the form: keyboard open, focus in the form, closes and refocuses the button', async () => {
    const { el, meeting } = await mountPolls();
    part(el, 'button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const f = form(el)!;
    expect(f).to.exist;
    expect(deepText(part(el, 'button')!)).to.equal('Cancel');
    const question = f.shadowRoot!.querySelector<HTMLInputElement>('[part="question"]')!;
    await until(() => deepActiveElement() === question, 'focus did not move into the form');
    await sendKeys({ type: 'Ship it?' });
    const [a, b] = [...f.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="option"]')];
    await typeInto(a!, 'Yes');
    await typeInto(b!, 'Not yet');
    f.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
    await until(() => meeting.polls.items.length === 1, 'never created');
    await settle(el);
    expect(form(el)).to.equal(null);
    expect(questions(el)).to.deep.equal(['Ship it?']);
    // Our own poll is not announced as news.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    await until(
      () => deepActiveElement()?.getRootNode() === part(el, 'button')!.shadowRoot,
      'focus did not return',
    );
  });

  it('Escape closes the form and returns focus to the button', async () => {
    const { el } = await mountPolls();
    part(el, 'button')!.click();
    await settle(el);
    await until(() => deepActiveElement()?.getAttribute('part') === 'question');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(form(el)).to.equal(null);
    await until(
      () => deepActiveElement()?.getRootNode() === part(el, 'button')!.shadowRoot,
      'focus did not return',
    );
  });

  it('results update live while many vote over time', async () => {
    const { el, meeting } = await mountPolls({ people: 10 });
    const id = meeting.director.polls.create('Ada', 'Live?', ['Yes', 'No']);
    await settle(el);
    meeting.director.polls.voteOverTime(id, 30, {
      durationMs: 200,
      intervalMs: 20,
      weights: [3, 1],
    });
    const poll = polls(el)[0]!;
    const seen = new Set<string>();
    await until(async () => {
      await settle(el);
      seen.add(deepText(poll.shadowRoot!.querySelector('[part="status"]:last-of-type')!));
      return meeting.polls.items[0]!.voted.length === 30;
    }, 'the votes never all came in');
    await settle(el);
    expect(deepText(poll)).to.include('30 votes in total');
    // The total was seen at several steps on the way.
    expect(seen.size).to.be.greaterThan(2);
  });

  describe('permissions', () => {
    it('canCreate: no create button without it (participant may; webinar viewer may not)', async () => {
      const { el: participant } = await mountPolls({ preset: 'participant' });
      expect(part(participant, 'button')).to.exist;
      const { el: viewer, meeting } = await mountPolls({ preset: 'webinar-viewer' });
      expect(part(viewer, 'button')).to.equal(null);
      expect(deepText(part(viewer, 'empty')!)).to.equal('No polls yet.');
      // Granted live.
      meeting.director.updatePermissions({ polls: { canCreate: true } });
      await settle(viewer);
      expect(part(viewer, 'button')).to.exist;
    });

    it('canCreate revoked while the form is open closes it', async () => {
      const { el, meeting } = await mountPolls();
      part(el, 'button')!.click();
      await settle(el);
      expect(form(el)).to.exist;
      meeting.director.updatePermissions({ polls: { canCreate: false } });
      await settle(el);
      expect(form(el)).to.equal(null);
      expect(part(el, 'button')).to.equal(null);
    });

    it('canVote: no vote control without it', async () => {
      const { el, meeting } = await mountPolls();
      meeting.director.polls.create('Ada', 'Vote?', ['A', 'B']);
      await settle(el);
      expect(polls(el)[0]!.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(2);
      meeting.director.updatePermissions({ polls: { canVote: false } });
      await settle(el);
      expect(polls(el)[0]!.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(0);
      expect(polls(el)[0]!.shadowRoot!.querySelector('[part="vote-button"]')).to.equal(null);
    });

    it('canView: without it, no results (the meeting gives no polls to see)', async () => {
      const { el, meeting } = await mountPolls();
      const id = meeting.director.polls.create('Ada', 'Seen?', ['A', 'B']);
      meeting.director.polls.voteMany(id, 3, { option: 0 });
      await settle(el);
      expect(deepText(el)).to.include('3 votes in total');
      meeting.director.updatePermissions({ polls: { canView: false } });
      await settle(el);
      expect(polls(el)).to.have.length(0);
      expect(deepText(el)).to.not.match(/\d+ votes?/);
    });
  });

  it('renders nothing without a polls module, and does not throw', async () => {
    const meeting = await demoMeeting({ join: true });
    const partial = { ...meeting, polls: undefined } as unknown as DemoMeeting;
    const { el } = await mountWithMeeting<RtkPolls>(
      html`<rtk-polls .meeting=${partial}></rtk-polls>`,
    );
    await settle(el);
    expect(el.shadowRoot!.children.length).to.equal(0);
  });

  it('leaves no listener on the meeting when removed (its polls included)', async () => {
    const meeting = await demoMeeting({ join: true });
    meeting.director.polls.create('Ada', 'One?', ['A', 'B']);
    meeting.director.polls.create('Ada', 'Two?', ['A', 'B']);
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkPolls>(
      html`<rtk-polls .meeting=${meeting}></rtk-polls>`,
    );
    await settle(el);
    part(el, 'button')!.click();
    await settle(el);
    expect(polls(el)).to.have.length(2);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
