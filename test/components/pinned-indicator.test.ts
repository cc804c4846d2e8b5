import { expect, html } from '@open-wc/testing';
import '../../src/components/pinned-indicator/rtk-pinned-indicator.js';
import type { RtkPinnedIndicator } from '../../src/components/pinned-indicator/rtk-pinned-indicator.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

describe('<rtk-pinned-indicator>', () => {
  it('shows who is pinned and hides when nobody is', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPinnedIndicator>(
      html`<rtk-pinned-indicator></rtk-pinned-indicator>`,
      {
        people: 2,
        join: true,
      },
    );
    expect(el.hidden).to.equal(true);
    const person = meeting.director.people[0]!;
    meeting.director.pin(person.id);
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(deepText(el)).to.equal(`Pinned: ${person.name}`);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await meeting.self.pin();
    await el.updateComplete;
    expect(deepText(el)).to.equal('Pinned: You (you)');
    await meeting.self.unpin();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('tolerates a partial meeting and leaves no listener', async () => {
    const { el } = await mountWithMeeting<RtkPinnedIndicator>(
      html`<rtk-pinned-indicator .meeting=${{ self: {} } as never}></rtk-pinned-indicator>`,
    );
    expect(el.hidden).to.equal(true);
    const meeting = await demoMeeting({ people: 2, join: true });
    const before = totalListeners(meeting);
    const mounted = await mountWithMeeting<RtkPinnedIndicator>(
      html`<rtk-pinned-indicator .meeting=${meeting}></rtk-pinned-indicator>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    mounted.el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
