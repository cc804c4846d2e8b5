import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/raise-hand-toggle/rtk-raise-hand-toggle.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import '../../src/components/participant/rtk-participant.js';
import type { RtkRaiseHandToggle } from '../../src/components/raise-hand-toggle/rtk-raise-hand-toggle.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { DemoClientError } from '../../src/demo/errors.js';
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

/** The inner button of the toggle. */
function button(el: Element): HTMLButtonElement {
  return queryAllDeep<HTMLButtonElement>(el, 'button')[0];
}

/** Notices the kit dispatched while the test ran. */
function collectNotices(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const listener = (event: Event) =>
    messages.push((event as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('rtkNotification', listener);
  return { messages, stop: () => document.removeEventListener('rtkNotification', listener) };
}

/** A tile of `meeting`'s person `id`, mounted alone. */
async function tileOf(meeting: DemoMeeting, id: string): Promise<HTMLElement> {
  const person = id === meeting.self.id ? meeting.self : meeting.participants.joined.get(id)!;
  return fixture(
    html`<rtk-participant-tile .meeting=${meeting} .participant=${person}></rtk-participant-tile>`,
  );
}

describe('<rtk-raise-hand-toggle>', () => {
  failOnConsoleErrors();

  it('raises the hand once the meeting echoes it, shows it on the tile, and lowers it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 2, join: true },
    );
    const tile = await tileOf(meeting, meeting.self.id);
    await until(() => button(el), 'the toggle never rendered its button');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(deepText(el)).to.equal('Raise hand');
    const types: string[] = [];
    const hear = (message: { type: string }) => types.push(message.type);
    meeting.participants.on('broadcastedMessage', hear);
    button(el).click();
    await until(() => types.includes('rtk-hand'), 'the meeting never carried the hand');
    meeting.participants.off('broadcastedMessage', hear);
    await until(() => button(el).getAttribute('aria-pressed') === 'true', 'the hand never went up');
    expect(deepText(el)).to.equal('Lower hand');
    await until(() => tile.hasAttribute('hand-raised'), 'the tile shows no hand');
    const group = queryAllDeep(tile, '[role="group"]')[0];
    expect(group.getAttribute('aria-label')).to.match(/Hand raised$/);
    button(el).click();
    await until(() => button(el).getAttribute('aria-pressed') === 'false', 'the hand stayed up');
    await until(() => !tile.hasAttribute('hand-raised'), 'the tile still shows a hand');
  });

  it("shows someone's raised hand on their row of the participants list", async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 2, join: true },
    );
    await until(() => button(el));
    const [a] = meeting.director.people;
    const row = await fixture<HTMLElement>(
      html`<rtk-participant .meeting=${meeting} .participant=${meeting.participants.joined.get(a.id)}></rtk-participant>`,
    );
    expect(queryAllDeep(row, '[part="hand-icon"]').length).to.equal(0);
    meeting.director.hands.raise(a.id);
    const hand = await until(
      () => queryAllDeep(row, '[part="hand-icon"]')[0],
      'no hand on the row',
    );
    expect(hand.getAttribute('role')).to.equal('img');
    expect(hand.getAttribute('aria-label')).to.equal('Hand raised');
    meeting.director.hands.lower(a.id);
    await until(
      () => !queryAllDeep(row, '[part="hand-icon"]').length,
      'the hand stayed on the row',
    );
  });

  it('lowers the hand by itself when its person speaks (and not with auto-lower empty)', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 1, join: true, audio: true },
    );
    await until(() => button(el));
    await el.toggle();
    await until(() => button(el).getAttribute('aria-pressed') === 'true', 'the hand never went up');
    meeting.director.speak('self', 500);
    await until(() => button(el).getAttribute('aria-pressed') === 'false', 'speaking left it up');

    el.autoLower = '';
    await el.toggle();
    await until(() => button(el).getAttribute('aria-pressed') === 'true');
    const spoke = new Promise((resolve) => meeting.participants.once('activeSpeaker', resolve));
    meeting.director.speak('self', 300);
    await spoke;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('lowers the hand when its person goes on stage', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 1, join: true, preset: 'webinar-viewer' },
    );
    await until(() => button(el));
    await el.toggle();
    await until(() => button(el).getAttribute('aria-pressed') === 'true', 'the hand never went up');
    meeting.stage.emit('stageStatusUpdate', 'ON_STAGE');
    await until(
      () => button(el).getAttribute('aria-pressed') === 'false',
      'going on stage left it up',
    );
  });

  it('a refused raise shows a notice and leaves the hand down', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 1, join: true },
    );
    await until(() => button(el));
    const notices = collectNotices();
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'reject');
    await el.toggle();
    await until(() => notices.messages.length > 0, 'no notice for the refused raise');
    expect(notices.messages[0]).to.match(/^Your hand was not raised/);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');

    // A raise the server drops (resolved, never echoed) is reported after its wait.
    (await channel(meeting)).echoMs = 200;
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage', 'drop');
    await el.toggle();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    await until(() => notices.messages.length > 1, 'no notice for the dropped raise');
    expect(notices.messages[1]).to.equal('Your hand was not raised. Try again.');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    notices.stop();
  });

  it('stays within the rate limit: a raise waits when the SDK refuses it (0013) and goes through', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 1, join: true },
    );
    await until(() => button(el));
    // Other code used up this second's calls: the SDK throws 0013 at once.
    let refused: unknown;
    for (let i = 0; i < 6 && !refused; i++) {
      try {
        void meeting.participants.broadcastMessage('other', { i });
      } catch (error) {
        refused = error;
      }
    }
    expect(refused).to.be.instanceOf(DemoClientError);
    expect((refused as DemoClientError).code).to.equal('0013');
    await el.toggle();
    await until(
      () => button(el).getAttribute('aria-pressed') === 'true',
      'the hand never went up',
      {
        timeout: 5000,
      },
    );
  });

  it('a late joiner sees the hands raised before it joined, in order', async () => {
    const meeting = await demoMeeting({ people: 3 });
    const [a, b] = meeting.director.people;
    meeting.director.hands.raise(b.id);
    meeting.director.hands.raise(a.id);
    await meeting.join();
    const el = document.createElement('rtk-raise-hand-toggle');
    el.meeting = meeting;
    document.body.append(el);
    const tileA = await tileOf(meeting, a.id);
    const tileB = await tileOf(meeting, b.id);
    await until(
      () => tileA.hasAttribute('hand-raised') && tileB.hasAttribute('hand-raised'),
      'the late joiner never learnt of the raised hands',
    );
    const ch = await channel(meeting);
    expect(ch.queue().map((r) => r.name)).to.deep.equal([b.name, a.name]);
    el.remove();
  });

  it('a host hears about a raised hand (a notice) and sees the count; lowering it works', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
      { people: 2, join: true, preset: 'host' },
    );
    await until(() => button(el));
    const notices = collectNotices();
    const [a] = meeting.director.people;
    meeting.director.hands.raise(a.id);
    await until(() => notices.messages.includes(`${a.name} raised their hand`), 'no notice');
    const badge = await until(() => buttonByName(el, 'Show 1 raised hand'), 'no count');
    expect(badge).to.be.ok;
    (await channel(meeting)).lowerHand(a.id);
    await until(() => !buttonByName(el, /Show raised hands/), 'the count stayed');
    // The person's own client hears the lowering after the meeting's latency.
    await until(() => !meeting.director.hands.raised.has(a.id), 'the hand stayed up');
    notices.stop();
  });

  it('hides itself for a meeting that cannot broadcast, and shows nothing without a meeting', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const el = await fixture<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle .meeting=${{ self: meeting.self, participants: {} } as never}></rtk-raise-hand-toggle>`,
    );
    expect(el.hidden).to.equal(true);
    const bare = await fixture<RtkRaiseHandToggle>(
      html`<rtk-raise-hand-toggle></rtk-raise-hand-toggle>`,
    );
    expect(deepText(bare)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-raise-hand-toggle');
    el.meeting = meeting;
    document.body.append(el);
    await until(() => button(el));
    expect(deepText(el)).to.equal('Raise hand');
    await el.toggle();
    await until(() => button(el).getAttribute('aria-pressed') === 'true');
    await expect(el).to.be.accessible();
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
