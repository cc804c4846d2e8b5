import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/debugger-screenshare/rtk-debugger-screenshare.js';
import type { RtkDebuggerScreenshare } from '../../src/components/debugger-screenshare/rtk-debugger-screenshare.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, totalListeners } from '../helpers/fixtures.js';
import { rendered } from '../helpers/wait.js';

describe('<rtk-debugger-screenshare>', () => {
  failOnConsoleErrors();

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkDebuggerScreenshare>(
      html`<rtk-debugger-screenshare></rtk-debugger-screenshare>`,
    );
    expect(deepText(el)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-debugger-screenshare');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(deepText(el)).to.contain('You are not sharing your screen.');
    await expect(el).to.be.accessible();
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
