import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/debugger-toggle/rtk-debugger-toggle.js';
import type { RtkDebuggerToggle } from '../../src/components/debugger-toggle/rtk-debugger-toggle.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { buttonByName, deepText, mountWithMeeting } from '../helpers/fixtures.js';
import { rendered } from '../helpers/wait.js';

describe('<rtk-debugger-toggle>', () => {
  failOnConsoleErrors();

  it('opens the call diagnostics (activeDebugger), as in the official kit', async () => {
    const { el } = await mountWithMeeting<RtkDebuggerToggle>(
      html`<rtk-debugger-toggle></rtk-debugger-toggle>`,
      { join: true },
    );
    await rendered(el);
    const states: unknown[] = [];
    el.addEventListener('rtkStateUpdate', (e) => states.push(e.detail));
    buttonByName(el, 'Call diagnostics')!.click();
    expect(states).to.deep.equal([{ activeDebugger: true }]);
    await expect(el).to.be.accessible();
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkDebuggerToggle>(html`<rtk-debugger-toggle></rtk-debugger-toggle>`);
    expect(deepText(el)).to.equal('');
  });
});
