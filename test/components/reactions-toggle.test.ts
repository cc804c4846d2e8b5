import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reactions-toggle/rtk-reactions-toggle.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkReactionsToggle } from '../../src/components/reactions-toggle/rtk-reactions-toggle.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { channel } from '../../src/internal/reactions-hook.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** The inner button of the toggle. */
function button(el: Element): HTMLButtonElement {
  return queryAllDeep<HTMLButtonElement>(el, 'button')[0];
}

let current: DemoMeeting | undefined;

/** The overlay the toggle put on the page for the test's meeting. */
function overlay(): HTMLElement | null {
  const all = [
    ...document.querySelectorAll<HTMLElement & { meeting?: unknown }>('rtk-reactions-overlay'),
  ];
  return all.find((o) => o.meeting === current) ?? null;
}

/** The floating reactions on screen. */
function floating(): HTMLElement[] {
  const root = overlay();
  return root ? queryAllDeep<HTMLElement>(root, '[part="reaction"]') : [];
}

function collectNotices(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const listener = (event: Event) =>
    messages.push((event as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('rtkNotification', listener);
  return { messages, stop: () => document.removeEventListener('rtkNotification', listener) };
}

async function mount(options = {}): Promise<{ el: RtkReactionsToggle; meeting: DemoMeeting }> {
  const result = await mountWithMeeting<RtkReactionsToggle>(
    html`<rtk-reactions-toggle></rtk-reactions-toggle>`,
    { people: 4, join: true, ...options },
  );
  await until(() => button(result.el), 'the toggle never rendered its button');
  current = result.meeting;
  return result;
}

describe('<rtk-reactions-toggle>', () => {
  failOnConsoleErrors();

  it('opens a picker of reactions; the one chosen floats over the sender tile and is read out', async () => {
    const { el, meeting } = await mount();
    const tile = await fixture<HTMLElement>(
      html`<rtk-participant-tile .meeting=${meeting} .participant=${meeting.self}></rtk-participant-tile>`,
    );
    expect(deepText(el)).to.equal('Reactions');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    button(el).click();
    const picker = await until(
      () => overlay() && queryAllDeep(overlay()!, '[part="picker"]')[0],
      'the picker never opened',
    );
    expect(picker.getAttribute('role')).to.equal('dialog');
    expect(picker.getAttribute('aria-label')).to.equal('Send a reaction');
    await until(() => button(el).getAttribute('aria-expanded') === 'true');
    // Focus moves into the picker, on its first reaction.
    await until(() => deepActiveElement()?.getAttribute('aria-label') === 'React with 👍');
    buttonByName(picker, 'React with 🎉')!.click();
    const [reaction] = await until(() => floating().length && floating(), 'nothing floated');
    expect(deepText(reaction)).to.equal('🎉');
    // Over the sender's own tile.
    const box = tile.getBoundingClientRect();
    const at = reaction.getBoundingClientRect();
    const middle = at.left + at.width / 2;
    expect(middle).to.be.within(box.left, box.right);
    const live = queryAllDeep(overlay()!, '[role="status"]')[0];
    await until(
      () => deepText(live) === 'You reacted 🎉',
      () => `read out: ${deepText(live)}`,
    );
    // Escape closes it and focus goes back to the toggle.
    picker.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await until(() => !queryAllDeep(overlay()!, '[part="picker"]').length, 'the picker stayed');
    await until(() => deepActiveElement() === button(el), 'focus did not come back');
  });

  it('shows what others send over their tile, or at the stage edge with their name when off screen', async () => {
    const { meeting } = await mount();
    const [a, b] = meeting.director.people;
    const tile = await fixture<HTMLElement>(
      html`<rtk-participant-tile .meeting=${meeting} .participant=${meeting.participants.joined.get(a.id)}></rtk-participant-tile>`,
    );
    meeting.director.hands.react(a.id, '👏');
    meeting.director.hands.react(b.id, '❤️');
    await until(() => floating().length === 2, 'the reactions never floated');
    const [overTile, offscreen] = floating();
    const box = tile.getBoundingClientRect();
    const at = overTile.getBoundingClientRect();
    expect(at.left + at.width / 2).to.be.within(box.left, box.right);
    expect(deepText(offscreen)).to.equal(`❤️ ${b.name}`);
    const live = queryAllDeep(overlay()!, '[role="status"]')[0];
    await until(() => /reacted/.test(deepText(live)), 'nothing was read out');
  });

  it('coalesces bursts: a few on screen at most, more of one reaction add to its count', async () => {
    const { meeting } = await mount({ people: 6 });
    const people = meeting.director.people;
    for (let i = 0; i < 4; i++) meeting.director.hands.react(people[0].id, '👏');
    await until(
      () => floating().length === 1 && /×\s*4/.test(deepText(floating()[0])),
      () =>
        `on screen: ${floating()
          .map((r) => deepText(r))
          .join(' | ')}`,
    );
    const emoji = ['😂', '❤️', '🎉', '😮'];
    emoji.forEach((e, i) => meeting.director.hands.react(people[i + 1].id, e));
    await until(() => deepText(overlay()!).includes('😮'), 'the last reaction never showed');
    expect(floating().length).to.be.at.most(3);
    // Many people sending the same reaction: one on screen with a count.
    for (const p of people) meeting.director.hands.react(p.id, '😮');
    await until(() => /😮\s*×\s*\d/.test(deepText(overlay()!)), 'no count for the burst');
    expect(floating().length).to.be.at.most(3);
    const live = queryAllDeep(overlay()!, '[role="status"]')[0];
    await until(
      () => /and \d+ others reacted 😮/.test(deepText(live)),
      () => `read: ${deepText(live)}`,
    );
  });

  it('floats without motion when the page prefers reduced motion', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      ...original.call(window, query),
      matches:
        query.includes('prefers-reduced-motion: reduce') || original.call(window, query).matches,
    })) as typeof window.matchMedia;
    try {
      const { meeting } = await mount();
      meeting.director.hands.react(meeting.director.people[0].id, '👍');
      const [reaction] = await until(() => floating().length && floating(), 'nothing floated');
      expect(reaction.classList.contains('still')).to.equal(true);
      expect(getComputedStyle(reaction).animationName).to.equal('appear');
    } finally {
      window.matchMedia = original;
    }
  });

  it('stays within the rate limit: a reaction beyond it is not sent and a notice says so', async () => {
    const { el, meeting } = await mount();
    const notices = collectNotices();
    const calls: string[] = [];
    const send = meeting.participants.broadcastMessage.bind(meeting.participants);
    meeting.participants.broadcastMessage = (type, payload, target) => {
      calls.push(type);
      return send(type, payload, target);
    };
    const ch = await channel(meeting, el);
    const results = Array.from({ length: 8 }, () => ch.react('👍'));
    expect(results.filter(Boolean).length).to.equal(5);
    expect(calls.filter((t) => t === 'rtk-reaction').length).to.equal(5);
    expect(notices.messages).to.include('Too many reactions at once. Wait a moment.');
    notices.stop();
  });

  it('a refused reaction becomes a notice', async () => {
    const { el, meeting } = await mount();
    const notices = collectNotices();
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'reject');
    const ch = await channel(meeting, el);
    ch.react('🎉');
    await until(() => notices.messages.length, 'no notice');
    expect(notices.messages[0]).to.match(/^Your reaction was not sent/);
    expect(floating().length).to.equal(0);
    notices.stop();
  });

  it('takes its reactions from `emojis`', async () => {
    const { el } = await mount();
    el.emojis = ['🚀', '✅'];
    await el.toggle();
    const picker = await until(() => overlay() && queryAllDeep(overlay()!, '[part="picker"]')[0]);
    expect(
      queryAllDeep(picker, 'button.emoji').map((b) => b.getAttribute('aria-label')),
    ).to.deep.equal(['React with 🚀', 'React with ✅']);
    await el.toggle();
    await until(() => !queryAllDeep(overlay()!, '[part="picker"]').length);
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-reactions-toggle');
    el.meeting = meeting;
    document.body.append(el);
    await until(() => button(el));
    expect(deepText(el)).to.equal('Reactions');
    await expect(el).to.be.accessible();
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    current = meeting;
    meeting.director.hands.react(meeting.director.people[0].id, '👍');
    await until(() => overlay(), 'no overlay');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
    // The overlay it put on the page leaves with the last toggle.
    await until(() => !overlay(), 'the overlay stayed on the page');
  });
});
