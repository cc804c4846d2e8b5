import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/debugger-audio/rtk-debugger-audio.js';
import type { RtkDebuggerAudio } from '../../src/components/debugger-audio/rtk-debugger-audio.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, totalListeners } from '../helpers/fixtures.js';
import { rendered } from '../helpers/wait.js';

describe('<rtk-debugger-audio>', () => {
  failOnConsoleErrors();

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkDebuggerAudio>(html`<rtk-debugger-audio></rtk-debugger-audio>`);
    expect(deepText(el)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-debugger-audio');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(deepText(el)).to.contain('No figures yet');
    await expect(el).to.be.accessible();
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
