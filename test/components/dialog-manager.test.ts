import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dialog-manager/rtk-dialog-manager.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/rtk-ui-provider.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { demoMeeting, deepActiveElement, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function mount(options = {}) {
  const meeting = await demoMeeting({ join: true, ...options });
  const before = totalListeners(meeting);
  const el = await fixture<RtkUiProvider>(html`<rtk-ui-provider .meeting=${meeting}>
    <button id="opener">Open</button>
    <rtk-dialog-manager></rtk-dialog-manager>
  </rtk-ui-provider>`);
  const opener = el.querySelector<HTMLButtonElement>('#opener')!;
  const manager = el.querySelector('rtk-dialog-manager')!;
  return { el, meeting, opener, manager, before };
}

const openDialog = (manager: Element) => queryDeep<HTMLDialogElement>(manager, 'dialog[open]');

describe('<rtk-dialog-manager>', () => {
  it('opens the leave confirmation from the states and closes it with Escape, focus restored', async () => {
    const { el, opener, manager } = await mount({ preset: 'host' });
    opener.focus();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeLeaveConfirmation: true }));
    await until(() => openDialog(manager), 'no dialog');
    expect(openDialog(manager)!.getAttribute('aria-labelledby')).to.equal('title');
    expect(queryDeep(manager, 'rtk-leave-meeting')).to.exist;
    await expect(manager).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(
      () => el.states?.activeLeaveConfirmation === false || !openDialog(manager),
      'not closed',
    );
    await until(() => !queryDeep(manager, 'rtk-leave-meeting'), 'leave content still there');
    await until(() => deepActiveElement() === opener, 'focus not restored');
  });

  it('Cancel in the leave confirmation closes it through the states', async () => {
    const { opener, manager } = await mount({ preset: 'participant' });
    opener.focus();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeLeaveConfirmation: true }));
    await until(
      () => queryDeep(manager, 'rtk-leave-meeting')?.shadowRoot?.querySelector('rtk-button'),
      'no buttons',
    );
    const cancel = queryDeep(manager, 'rtk-leave-meeting')!.shadowRoot!.querySelector<HTMLElement>(
      '[part="cancel-button"]',
    )!;
    cancel.shadowRoot!.querySelector('button')!.click();
    await until(() => !queryDeep(manager, 'rtk-leave-meeting'), 'not closed');
    await until(() => deepActiveElement() === opener, 'focus not restored');
  });

  it('opens settings with rtk-settings inside, and a confirmation that runs its callbacks', async () => {
    const { opener, manager } = await mount();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeSettings: true }));
    await until(() => queryDeep(manager, 'rtk-settings'), 'no settings');
    await sendKeys({ press: 'Escape' });
    await until(() => !queryDeep(manager, 'rtk-settings'), 'settings not closed');
    let confirmed = 0;
    let closed = 0;
    opener.dispatchEvent(
      new RtkStateUpdateEvent({
        activeConfirmationModal: {
          active: true,
          header: 'Remove Ada?',
          content: 'She can join again.',
          ctaText: 'Remove',
          onClick: () => confirmed++,
          onClose: () => closed++,
        },
      }),
    );
    const confirm = () => queryDeep<HTMLElement>(manager, '[part="confirm-button"]');
    await until(() => confirm(), 'no confirmation');
    expect(confirm()!.textContent!.trim()).to.equal('Remove');
    confirm()!.shadowRoot!.querySelector('button')!.click();
    await until(() => !confirm(), 'confirmation not closed');
    expect([confirmed, closed]).to.deep.equal([1, 0]);
  });

  it('shows an overlay that closes after its timeout', async () => {
    const { opener, manager } = await mount();
    opener.dispatchEvent(
      new RtkStateUpdateEvent({
        activeOverlayModal: { active: true, title: 'Moving you', timeout: 600 },
      }),
    );
    await until(() => openDialog(manager), 'no overlay');
    await until(() => !openDialog(manager), 'overlay did not close');
  });

  it('shows the mute-all confirmation (loaded when asked for); Cancel closes it, focus restored', async () => {
    const { el, opener, manager } = await mount({ preset: 'host' });
    opener.focus();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeMuteAllConfirmation: true }));
    await until(() => openDialog(manager), 'no dialog');
    const confirmation = queryDeep(manager, 'rtk-mute-all-confirmation')!;
    const cancel = await until(() =>
      confirmation.shadowRoot!.querySelector<HTMLElement>('[part="cancel"]'),
    );
    cancel.shadowRoot!.querySelector('button')!.click();
    await until(() => !openDialog(manager), 'not closed');
    await until(() => el.states?.activeMuteAllConfirmation !== true, 'states not updated');
    await until(() => deepActiveElement() === opener, 'focus not restored');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { el, meeting, before } = await mount();
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
