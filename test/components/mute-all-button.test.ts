import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mute-all-button/rtk-mute-all-button.js';
import type { RtkMuteAllButton } from '../../src/components/mute-all-button/rtk-mute-all-button.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  demoMeeting,
  deepActiveElement,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-mute-all-button>', () => {
  it('asks for the confirmation when clicked, from the keyboard too', async () => {
    const { el } = await mountWithMeeting<RtkMuteAllButton>(
      html`<rtk-mute-all-button></rtk-mute-all-button>`,
      { join: true },
    );
    const button = queryDeep<HTMLButtonElement>(el, 'button')!;
    expect(nameOf(button)).to.contain('Mute all');
    const asked = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail).to.deep.equal({ activeMuteAllConfirmation: true });
    await expect(el).to.be.accessible();
  });

  it('is hidden without the permission and follows permission changes', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMuteAllButton>(
      html`<rtk-mute-all-button></rtk-mute-all-button>`,
      {
        join: true,
        preset: 'participant',
      },
    );
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.equal(null);
    meeting.director.updatePermissions({ disableParticipantAudio: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.exist;
  });

  it('used alone, it shows the confirmation itself; Cancel returns focus to it', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const before = totalListeners(meeting);
    const el = await fixture<RtkMuteAllButton>(
      html`<rtk-mute-all-button .meeting=${meeting}></rtk-mute-all-button>`,
    );
    const button = queryDeep<HTMLButtonElement>(el, 'button')!;
    button.focus();
    button.click();
    const confirmation = await until(() =>
      queryDeep(el, 'rtk-mute-all-confirmation')?.shadowRoot?.querySelector('[part="cancel"]'),
    );
    (confirmation.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await until(() => !queryDeep(el, 'dialog[open]'), 'the confirmation did not close');
    await until(() => deepActiveElement() === button, 'focus did not come back');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('renders nothing before joining or without a meeting, and leaves no listener', async () => {
    const { el, meeting } = await mountWithMeeting<RtkMuteAllButton>(
      html`<rtk-mute-all-button></rtk-mute-all-button>`,
    );
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.equal(null);
    const withButton = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.equal(withButton - 3);
  });
});
