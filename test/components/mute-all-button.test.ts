import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mute-all-button/rtk-mute-all-button.js';
import type { RtkMuteAllButton } from '../../src/components/mute-all-button/rtk-mute-all-button.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { mountWithMeeting, nameOf, queryDeep, totalListeners } from '../helpers/fixtures.js';

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
    meeting.director.updatePermissions({ canAllowParticipantAudio: true } as never);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.exist;
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
