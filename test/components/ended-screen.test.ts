import { expect, html } from '@open-wc/testing';
import '../../src/components/ended-screen/rtk-ended-screen.js';
import type { RtkEndedScreen } from '../../src/components/ended-screen/rtk-ended-screen.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const text = (el: RtkEndedScreen) => ({
  message: el.shadowRoot!.querySelector('[part="message"]')!.textContent,
  description: el.shadowRoot!.querySelector('[part="description"]')!.textContent,
});

describe('<rtk-ended-screen>', () => {
  it('says you left after leaving', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen></rtk-ended-screen>`, { join: true });
    expect(text(el).message).to.equal('You are no longer in the meeting.');
    await meeting.leave();
    await el.updateComplete;
    expect(text(el)).to.deep.equal({
      message: 'You left the meeting.',
      description: 'Thanks for joining. You can close this page now.',
    });
    await expect(el).to.be.accessible();
  });

  it('says the meeting ended, or that you were removed, from the meeting events', async () => {
    const { el, meeting } = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen></rtk-ended-screen>`, { join: true });
    meeting.director.endMeeting();
    await el.updateComplete;
    expect(text(el).message).to.equal('The meeting has ended.');
    const second = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen></rtk-ended-screen>`, { join: true });
    second.meeting.director.kickSelf();
    await second.el.updateComplete;
    expect(text(second.el).message).to.equal('You were removed from the meeting.');
  });

  it('prefers the reason kept in the UI states', async () => {
    const reasons = {
      rejected: 'Your request to join was declined.',
      disconnected: 'You were disconnected.',
      failed: 'The connection to the meeting failed.',
      'stageLeft': 'You are no longer in the meeting.',
    } as const;
    const { el } = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen></rtk-ended-screen>`);
    for (const [reason, message] of Object.entries(reasons)) {
      el.states = { roomLeftState: reason as keyof typeof reasons };
      await el.updateComplete;
      expect(text(el).message).to.equal(message);
    }
  });

  it('shows the default message without a meeting', async () => {
    const { el } = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen .meeting=${{ self: {} } as never}></rtk-ended-screen>`);
    expect(text(el).message).to.equal('You are no longer in the meeting.');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkEndedScreen>(html`<rtk-ended-screen .meeting=${meeting}></rtk-ended-screen>`);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
