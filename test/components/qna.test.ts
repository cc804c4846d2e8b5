import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/qna/rtk-qna.js';
import type { RtkQna } from '../../src/components/qna/rtk-qna.js';
import { qnaOf, ASK_LIMIT } from '../../src/internal/qna-store.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function root(el: RtkQna): ShadowRoot {
  return el.shadowRoot!;
}

function questions(el: RtkQna): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('[part="question"]')];
}

function texts(el: RtkQna): string[] {
  return questions(el).map((q) => q.querySelector('[part="text"]')!.textContent!.trim());
}

function question(el: RtkQna, text: string): HTMLLIElement | undefined {
  return questions(el).find((q) => q.querySelector('[part="text"]')!.textContent!.trim() === text);
}

async function type(el: RtkQna, text: string): Promise<HTMLTextAreaElement> {
  const input = root(el).querySelector('textarea')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return input;
}

async function ask(el: RtkQna, text: string): Promise<void> {
  await type(el, text);
  buttonByName(root(el), 'Ask')!.click();
}

async function mount(options: Parameters<typeof mountWithMeeting>[1] = {}) {
  const result = await mountWithMeeting<RtkQna>(html`<rtk-qna></rtk-qna>`, {
    people: 3,
    join: true,
    ...options,
  });
  return result;
}

function person(meeting: DemoMeeting, i: number) {
  return meeting.director.people[i]!;
}

describe('<rtk-qna>', () => {
  failOnConsoleErrors();

  it('asks a question: "Asking…" until its echo, then it is listed as yours and the field is empty', async () => {
    const { el, meeting } = await mount();
    expect(deepText(el)).to.contain('No questions yet.');
    expect(root(el).querySelector('textarea')!.getAttribute('placeholder')).to.equal(
      'Your question',
    );
    await ask(el, 'What is the budget for Q3?');
    await el.updateComplete;
    expect(nameOf(root(el).querySelector('[part="submit"]')!)).to.equal('Asking…');
    await until(() => question(el, 'What is the budget for Q3?'), 'the question is listed');
    const item = question(el, 'What is the budget for Q3?')!;
    expect(deepText(item)).to.match(/^What is the budget for Q3\? You · /);
    expect(root(el).querySelector('textarea')!.value).to.equal('');
    // Everyone else's kit has it too.
    expect(meeting.director.qna.questions().map((q) => q.text)).to.deep.equal([
      'What is the budget for Q3?',
    ]);
    // Your own question cannot be upvoted by you.
    expect(item.querySelector<HTMLButtonElement>('[part="upvote"]')!.disabled).to.equal(true);
  });

  it('asks anonymously: no name goes out, and others see "Anonymous"', async () => {
    const { el, meeting } = await mount();
    const sent: Record<string, unknown>[] = [];
    meeting.participants.relays.push((m) => {
      if (m.type === 'rtk-qna') sent.push(m.payload);
    });
    root(el).querySelector<HTMLInputElement>('[part="anonymous"] input')!.click();
    await ask(el, 'Is the office closed on Friday?');
    await until(() => question(el, 'Is the office closed on Friday?'), 'listed');
    expect(deepText(question(el, 'Is the office closed on Friday?')!)).to.contain(
      'You (anonymously)',
    );
    const payload = sent.find((p) => p.op === 'ask')!;
    expect(payload.name).to.equal('');
    expect(payload.user).to.equal('');
    expect(payload.from).to.equal('');
    meeting.director.qna.ask(person(meeting, 0).id, 'Who decides?', { anonymous: true });
    await until(() => question(el, 'Who decides?'), 'the anonymous question arrives');
    expect(deepText(question(el, 'Who decides?')!)).to.match(/Anonymous · /);
    expect(deepText(el)).not.to.contain(person(meeting, 0).name);
  });

  it('announces a question someone else asks, and shows the text as text', async () => {
    const { el, meeting } = await mount();
    const ada = person(meeting, 0);
    meeting.director.qna.ask(ada.id, '<img src=x onerror=alert(1)> really?');
    await until(() => questions(el).length === 1, 'arrives');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(texts(el)).to.deep.equal(['<img src=x onerror=alert(1)> really?']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(
      `New question from ${ada.name}: <img src=x onerror=alert(1)> really?`,
    );
  });

  it('upvotes and takes the vote back; everyone else counts it', async () => {
    const { el, meeting } = await mount();
    const id = meeting.director.qna.ask(person(meeting, 0).id, 'Can we ship on Monday?');
    await until(() => question(el, 'Can we ship on Monday?'), 'arrives');
    const upvote = () =>
      question(el, 'Can we ship on Monday?')!.querySelector<HTMLButtonElement>('[part="upvote"]')!;
    expect(nameOf(upvote())).to.equal('Upvote: 0 votes');
    expect(upvote().getAttribute('aria-pressed')).to.equal('false');
    upvote().click();
    await until(() => upvote().getAttribute('aria-pressed') === 'true', 'upvoted');
    expect(nameOf(upvote())).to.equal('Upvote: 1 vote');
    expect(meeting.director.qna.questions().find((q) => q.id === id)!.votes).to.equal(1);
    meeting.director.qna.upvote(person(meeting, 1).id, id);
    await until(() => nameOf(upvote()) === 'Upvote: 2 votes', 'another vote arrives');
    upvote().click();
    await until(() => upvote().getAttribute('aria-pressed') === 'false', 'vote taken back');
    expect(nameOf(upvote())).to.equal('Upvote: 1 vote');
  });

  it('a host marks a question answered (and not answered again)', async () => {
    const { el, meeting } = await mount();
    const id = meeting.director.qna.ask(person(meeting, 0).id, 'When is the party?');
    await until(() => question(el, 'When is the party?'), 'arrives');
    buttonByName(question(el, 'When is the party?')!, 'Mark answered')!.click();
    await until(
      () => deepText(question(el, 'When is the party?')!).includes('Answered'),
      'answered',
    );
    expect(meeting.director.qna.questions().find((q) => q.id === id)!.answered).to.equal(true);
    buttonByName(question(el, 'When is the party?')!, 'Mark not answered')!.click();
    await until(
      () => !deepText(question(el, 'When is the party?')!).includes('Answered'),
      'not answered',
    );
  });

  it('hiding is for hosts: a host hides a question, participants no longer see it', async () => {
    const { el, meeting } = await mount();
    meeting.director.qna.ask(person(meeting, 0).id, 'Off-topic question');
    await until(() => question(el, 'Off-topic question'), 'arrives');
    buttonByName(question(el, 'Off-topic question')!, 'Hide')!.click();
    await until(
      () => deepText(question(el, 'Off-topic question')!).includes('Hidden from participants'),
      'the host still sees it, marked',
    );
    expect(buttonByName(question(el, 'Off-topic question')!, 'Show again')).to.exist;

    const viewer = await mount({ preset: 'participant' });
    const id = viewer.meeting.director.qna.ask(person(viewer.meeting, 0).id, 'Off-topic too');
    await until(() => question(viewer.el, 'Off-topic too'), 'arrives');
    expect(buttonByName(question(viewer.el, 'Off-topic too')!, 'Hide')).to.equal(undefined);
    expect(buttonByName(question(viewer.el, 'Off-topic too')!, 'Mark answered')).to.equal(
      undefined,
    );
    viewer.meeting.director.qna.hide(id);
    await until(() => !question(viewer.el, 'Off-topic too'), 'hidden for the participant');
    expect(deepText(viewer.el)).to.contain('No questions yet.');
  });

  it('sorts by votes (answered last) or newest first', async () => {
    const { el, meeting } = await mount();
    const [a, b] = [person(meeting, 0), person(meeting, 1)];
    const first = meeting.director.qna.ask(a.id, 'First?');
    await until(() => questions(el).length === 1, 'first');
    const second = meeting.director.qna.ask(b.id, 'Second?');
    await until(() => questions(el).length === 2, 'second');
    meeting.director.qna.ask(a.id, 'Third?');
    await until(() => questions(el).length === 3, 'third');
    meeting.director.qna.upvote(b.id, second);
    meeting.director.qna.upvote(a.id, second);
    await until(() => texts(el)[0] === 'Second?', 'most votes first');
    expect(texts(el)).to.deep.equal(['Second?', 'First?', 'Third?']);
    meeting.director.qna.answer(second);
    await until(() => texts(el).at(-1) === 'Second?', 'answered last');
    expect(texts(el)).to.deep.equal(['First?', 'Third?', 'Second?']);
    const newest = buttonByName(root(el), 'Newest')!;
    expect(newest.getAttribute('aria-pressed')).to.equal('false');
    newest.click();
    await el.updateComplete;
    expect(newest.getAttribute('aria-pressed')).to.equal('true');
    expect(el.sort).to.equal('time');
    expect(texts(el)).to.deep.equal(['Third?', 'Second?', 'First?']);
    void first;
  });

  it('a late joiner gets the questions and votes from the others', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const id = meeting.director.qna.ask(person(meeting, 0).id, 'Asked before you looked');
    meeting.director.qna.ask(person(meeting, 1).id, 'Anonymous early one', { anonymous: true });
    meeting.director.qna.upvote(person(meeting, 2).id, id);
    meeting.director.qna.answer(id);
    // Nothing of the kit's Q&A was on the page when these four went out and arrived.
    let heard = 0;
    const count = () => heard++;
    meeting.participants.on('broadcastedMessage', count);
    await until(() => heard === 4, 'the four messages went by');
    meeting.participants.off('broadcastedMessage', count);
    const el = await fixture<RtkQna>(html`<rtk-qna .meeting=${meeting}></rtk-qna>`);
    await until(() => questions(el).length === 2, 'the list arrives from the others');
    const early = question(el, 'Asked before you looked')!;
    expect(nameOf(early.querySelector('[part="upvote"]')!)).to.equal('Upvote: 1 vote');
    expect(deepText(early)).to.contain('Answered');
    expect(deepText(question(el, 'Anonymous early one')!)).to.contain('Anonymous');
  });

  it(`a rate limit: the ${ASK_LIMIT + 1}th question within a minute is refused, its text kept`, async () => {
    const { el } = await mount();
    for (let i = 1; i <= ASK_LIMIT; i++) {
      await ask(el, `Question ${i}?`);
      await until(() => questions(el).length === i, `question ${i} listed`);
    }
    await ask(el, 'One too many?');
    const alert = await until(
      () => root(el).querySelector('[part="alert"]'),
      'the rate limit is explained',
    );
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.match(/Try again in \d+ seconds?; your question is still here\./);
    expect(root(el).querySelector('textarea')!.value).to.equal('One too many?');
    expect(questions(el)).to.have.length(ASK_LIMIT);
  });

  it('a refused broadcast shows an alert and keeps the typed question; a retry posts it', async () => {
    const { el, meeting } = await mount();
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'reject');
    await ask(el, 'Will this be refused?');
    await until(() => root(el).querySelector('[part="alert"]'), 'alert');
    expect(root(el).querySelector('[part="alert"]')!.textContent).to.equal(
      'The question was not posted. It is still here: try again.',
    );
    expect(root(el).querySelector('textarea')!.value).to.equal('Will this be refused?');
    expect(questions(el)).to.have.length(0);
    buttonByName(root(el), 'Ask')!.click();
    await until(() => question(el, 'Will this be refused?'), 'the retry is posted');
    expect(root(el).querySelector('[part="alert"]')).to.equal(null);
  });

  it('a broadcast the server drops (no echo) counts as not posted after the timeout', async () => {
    const { el, meeting } = await mount();
    qnaOf(meeting as unknown as Meeting).timeoutMs = 300;
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'drop');
    await ask(el, 'Dropped?');
    await until(() => root(el).querySelector('[part="alert"]'), 'alert after the timeout');
    expect(root(el).querySelector('textarea')!.value).to.equal('Dropped?');
    expect(meeting.director.qna.questions()).to.have.length(0);
  });

  it('an empty question is not sent', async () => {
    const { el, meeting } = await mount();
    const sent: unknown[] = [];
    meeting.participants.relays.push((m) => sent.push(m));
    await ask(el, '   ');
    await el.updateComplete;
    expect(root(el).querySelector('[part="alert"]')!.textContent).to.equal(
      'Type a question first.',
    );
    expect(sent).to.have.length(0);
  });

  it('ignores malformed and foreign broadcasts', async () => {
    const { el, meeting } = await mount();
    const ada = person(meeting, 0);
    meeting.participants.deliver(ada.id, 'rtk-qna', { op: 'ask', id: 'x' });
    meeting.participants.deliver(ada.id, 'rtk-qna', {
      op: 'vote',
      id: 'nope',
      user: 'u',
      on: true,
    });
    meeting.participants.deliver(ada.id, 'rtk-qna', { op: 'sync', data: '{not json' });
    meeting.participants.deliver(ada.id, 'other', { op: 'ask', id: 'y', text: 'Not Q&A' });
    meeting.director.qna.ask(ada.id, 'Real one?');
    await until(() => questions(el).length === 1, 'only the real question');
    expect(texts(el)).to.deep.equal(['Real one?']);
  });

  it('renders nothing with a meeting that has no broadcast channel, and never throws', async () => {
    const half = { self: { roomState: 'joined' }, participants: {} } as unknown as Meeting;
    const el = await fixture<RtkQna>(html`<rtk-qna .meeting=${half}></rtk-qna>`);
    expect(deepText(el)).to.equal('');
    const none = await fixture<RtkQna>(html`<rtk-qna></rtk-qna>`);
    expect(deepText(none)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-qna');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(deepText(el)).to.contain('No questions yet.');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
