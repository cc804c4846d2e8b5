import { expect, html } from '@open-wc/testing';
import '../../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import type { RtkSpotlightIndicator } from '../../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

describe('<rtk-spotlight-indicator>', () => {
  it('shows who is pinned and hides when nobody is', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator></rtk-spotlight-indicator>`,
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
    const { el } = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator .meeting=${{ self: {} } as never}></rtk-spotlight-indicator>`,
    );
    expect(el.hidden).to.equal(true);
    const meeting = await demoMeeting({ people: 2, join: true });
    const before = totalListeners(meeting);
    const mounted = await mountWithMeeting<RtkSpotlightIndicator>(
      html`<rtk-spotlight-indicator .meeting=${meeting}></rtk-spotlight-indicator>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    mounted.el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
