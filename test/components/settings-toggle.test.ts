import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/settings-toggle/rtk-settings-toggle.js';
import type { RtkSettingsToggle } from '../../src/components/settings-toggle/rtk-settings-toggle.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { mountWithMeeting, nameOf, queryDeep } from '../helpers/fixtures.js';

describe('<rtk-settings-toggle>', () => {
  it('opens the settings through the UI states', async () => {
    const { el } = await mountWithMeeting<RtkSettingsToggle>(
      html`<rtk-settings-toggle></rtk-settings-toggle>`,
      { join: true },
    );
    const button = queryDeep<HTMLButtonElement>(el, 'button')!;
    expect(nameOf(button)).to.equal('Settings');
    const update = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button.click();
    expect((await update).detail).to.deep.equal({ activeSettings: true });
    await expect(el).to.be.accessible();
  });

  it('renders nothing without a meeting', async () => {
    const { el } = await mountWithMeeting<RtkSettingsToggle>(
      html`<rtk-settings-toggle .meeting=${{} as never}></rtk-settings-toggle>`,
    );
    expect(queryDeep(el, 'button')).to.equal(undefined);
  });
});
