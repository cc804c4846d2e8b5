import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/hand-raise-queue/rtk-hand-raise-queue.js';
import type { RtkHandRaiseQueue } from '../../src/components/hand-raise-queue/rtk-hand-raise-queue.js';
import { channel } from '../../src/internal/reactions-hook.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** The names in the queue, in order. */
function names(el: Element): string[] {
  return queryAllDeep(el, 'li .name').map((n) => deepText(n));
}

function collectNotices(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const listener = (event: Event) =>
    messages.push((event as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('rtkNotification', listener);
  return { messages, stop: () => document.removeEventListener('rtkNotification', listener) };
}

describe('<rtk-hand-raise-queue>', () => {
  failOnConsoleErrors();

  it('lists raised hands in the order they went up; a host lowers one, then all', async () => {
    const { el, meeting } = await mountWithMeeting<RtkHandRaiseQueue>(
      html`<rtk-hand-raise-queue></rtk-hand-raise-queue>`,
      { people: 4, join: true, preset: 'host' },
    );
    await until(() => /No hands are raised/.test(deepText(el)), 'no empty state');
    const [a, b, c] = meeting.director.people;
    meeting.director.hands.raise(c.id);
    await until(() => names(el).length === 1);
    meeting.director.hands.raise(a.id);
    await until(() => names(el).length === 2);
    meeting.director.hands.raise(b.id);
    await until(() => names(el).length === 3, 'the hands never reached the queue');
    expect(names(el)).to.deep.equal([c.name, a.name, b.name]);
    expect(deepText(queryAllDeep(el, 'h2')[0])).to.equal('Raised hands 3 hands raised');

    buttonByName(el, `Lower the hand of ${a.name}`)!.click();
    await until(() => names(el).length === 2, 'the hand stayed in the queue');
    expect(names(el)).to.deep.equal([c.name, b.name]);
    expect(meeting.director.hands.raised.has(a.id)).to.equal(false);

    buttonByName(el, 'Lower all')!.click();
    await until(() => names(el).length === 0, 'hands stayed up');
    expect(meeting.director.hands.raised.size).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a hand goes down by itself when its person speaks, and leaves with its person', async () => {
    const { el, meeting } = await mountWithMeeting<RtkHandRaiseQueue>(
      html`<rtk-hand-raise-queue></rtk-hand-raise-queue>`,
      { people: 3, join: true, preset: 'host' },
    );
    const [a, b] = meeting.director.people;
    a.setAudio(true);
    meeting.director.hands.raise(a.id);
    meeting.director.hands.raise(b.id);
    await until(() => names(el).length === 2);
    meeting.director.speak(a.id, 400);
    await until(() => names(el).length === 1, 'speaking did not lower the hand');
    expect(names(el)).to.deep.equal([b.name]);
    meeting.director.removePerson(b.id);
    await until(() => names(el).length === 0, 'the hand of someone who left stayed');
  });

  it('a refused lowering shows a notice and keeps the hand listed', async () => {
    const { el, meeting } = await mountWithMeeting<RtkHandRaiseQueue>(
      html`<rtk-hand-raise-queue></rtk-hand-raise-queue>`,
      { people: 2, join: true, preset: 'host' },
    );
    const [a] = meeting.director.people;
    meeting.director.hands.raise(a.id);
    await until(() => names(el).length === 1);
    const notices = collectNotices();
    (await channel(meeting)).echoMs = 200;
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'drop');
    buttonByName(el, `Lower the hand of ${a.name}`)!.click();
    await until(() => notices.messages.length, 'no notice for the lowering that never came');
    expect(notices.messages[0]).to.equal(`The hand of ${a.name} was not lowered. Try again.`);
    await el.updateComplete;
    expect(names(el)).to.deep.equal([a.name]);
    expect(buttonByName(el, `Lower the hand of ${a.name}`)!.disabled).to.equal(false);
    notices.stop();
  });

  it('people who may not lower hands see the list without buttons', async () => {
    const { el, meeting } = await mountWithMeeting<RtkHandRaiseQueue>(
      html`<rtk-hand-raise-queue></rtk-hand-raise-queue>`,
      { people: 2, join: true, preset: 'participant' },
    );
    const [a] = meeting.director.people;
    meeting.director.hands.raise(a.id);
    await until(() => names(el).length === 1);
    expect(queryAllDeep(el, 'button').length).to.equal(0);
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkHandRaiseQueue>(
      html`<rtk-hand-raise-queue></rtk-hand-raise-queue>`,
    );
    expect(deepText(el)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-hand-raise-queue');
    el.meeting = meeting;
    document.body.append(el);
    await until(() => /No hands are raised/.test(deepText(el)));
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
