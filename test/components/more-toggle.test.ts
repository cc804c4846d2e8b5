import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/more-toggle/rtk-more-toggle.js';
import '../../src/components/settings-toggle/rtk-settings-toggle.js';
import '../../src/components/recording-toggle/rtk-recording-toggle.js';
import type { RtkMoreToggle } from '../../src/components/more-toggle/rtk-more-toggle.js';
import { deepActiveElement, mountWithMeeting, nameOf, queryDeep } from '../helpers/fixtures.js';

describe('<rtk-more-toggle>', () => {
  it('opens a menu of its controls from the keyboard, and closes it', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle>
        <rtk-settings-toggle variant="horizontal"></rtk-settings-toggle>
        <rtk-recording-toggle variant="horizontal"></rtk-recording-toggle>
      </rtk-more-toggle>`,
      { join: true },
    );
    await waitUntil(() => !el.hidden, 'hidden');
    const trigger = queryDeep<HTMLButtonElement>(el, 'button')!;
    expect(nameOf(trigger)).to.equal('More');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(nameOf(deepActiveElement()!)).to.equal('Settings');
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(deepActiveElement()!)).to.equal('Record');
    await sendKeys({ press: 'End' });
    expect(nameOf(deepActiveElement()!)).to.equal('Record');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(nameOf(deepActiveElement()!)).to.equal('More');
  });

  it('hides itself when none of its controls is visible', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle><rtk-recording-toggle></rtk-recording-toggle></rtk-more-toggle>`,
      { join: true, preset: 'participant' },
    );
    await waitUntil(() => el.hidden, 'still shown');
  });
});
