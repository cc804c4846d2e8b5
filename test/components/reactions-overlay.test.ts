import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reactions-overlay/rtk-reactions-overlay.js';
import type { RtkReactionsOverlay } from '../../src/components/reactions-overlay/rtk-reactions-overlay.js';
import { channel } from '../../src/internal/reactions-hook.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-reactions-overlay>', () => {
  failOnConsoleErrors();

  it('alone, hears reactions and draws them, and reads them out politely', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const el = await fixture<RtkReactionsOverlay>(
      html`<rtk-reactions-overlay .meeting=${meeting}></rtk-reactions-overlay>`,
    );
    const [a] = meeting.director.people;
    meeting.director.hands.react(a.id, '🎉');
    const reaction = await until(() => queryAllDeep(el, '[part="reaction"]')[0], 'nothing floated');
    expect(reaction.getAttribute('aria-hidden')).to.equal('true');
    // Off screen (no tile for them on the page): at the edge, with their name.
    expect(deepText(reaction)).to.equal(`🎉 ${a.name}`);
    const live = queryAllDeep(el, '[role="status"]')[0];
    await until(
      () => deepText(live) === `${a.name} reacted 🎉`,
      () => `read: ${deepText(live)}`,
    );
    // It takes no clicks itself: the page under it stays usable.
    expect(getComputedStyle(el).pointerEvents).to.equal('none');
  });

  it('holds the hosts queue when asked to show it', async () => {
    const meeting = await demoMeeting({ join: true, people: 2, preset: 'host' });
    const el = await fixture<RtkReactionsOverlay>(
      html`<rtk-reactions-overlay .meeting=${meeting}></rtk-reactions-overlay>`,
    );
    const [a] = meeting.director.people;
    meeting.director.hands.raise(a.id);
    const ch = await channel(meeting);
    await until(() => ch.queue().length === 1, 'the hand never arrived');
    expect(queryAllDeep(el, 'rtk-hand-raise-queue').length).to.equal(0);
    ch.showQueue();
    const queue = await until(() => queryAllDeep(el, 'rtk-hand-raise-queue')[0], 'no queue');
    await until(() => deepText(queue).includes(a.name));
    await expect(el).to.be.accessible();
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkReactionsOverlay>(
      html`<rtk-reactions-overlay></rtk-reactions-overlay>`,
    );
    expect(deepText(el)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-reactions-overlay');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
