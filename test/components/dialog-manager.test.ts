import { expect, html, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dialog-manager/rtk-dialog-manager.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/rtk-ui-provider.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { demoMeeting, deepActiveElement, queryDeep, totalListeners } from '../helpers/fixtures.js';

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
    await waitUntil(() => openDialog(manager), 'no dialog', { timeout: 3000 });
    expect(openDialog(manager)!.getAttribute('aria-labelledby')).to.equal('title');
    expect(queryDeep(manager, 'rtk-leave-meeting')).to.exist;
    await expect(manager).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.states?.activeLeaveConfirmation === false || !openDialog(manager), 'not closed', { timeout: 3000 });
    await waitUntil(() => !queryDeep(manager, 'rtk-leave-meeting'), 'leave content still there', { timeout: 3000 });
    await waitUntil(() => deepActiveElement() === opener, 'focus not restored', { timeout: 3000 });
  });

  it('Cancel in the leave confirmation closes it through the states', async () => {
    const { opener, manager } = await mount({ preset: 'participant' });
    opener.focus();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeLeaveConfirmation: true }));
    await waitUntil(() => queryDeep(manager, 'rtk-leave-meeting')?.shadowRoot?.querySelector('rtk-button'), 'no buttons', { timeout: 3000 });
    const cancel = queryDeep(manager, 'rtk-leave-meeting')!.shadowRoot!.querySelector<HTMLElement>('[part="cancel-button"]')!;
    cancel.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => !queryDeep(manager, 'rtk-leave-meeting'), 'not closed', { timeout: 3000 });
    await waitUntil(() => deepActiveElement() === opener, 'focus not restored', { timeout: 3000 });
  });

  it('opens settings with rtk-settings inside, and a confirmation that runs its callbacks', async () => {
    const { opener, manager } = await mount();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeSettings: true }));
    await waitUntil(() => queryDeep(manager, 'rtk-settings'), 'no settings', { timeout: 3000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !queryDeep(manager, 'rtk-settings'), 'settings not closed', { timeout: 3000 });
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
    await waitUntil(() => confirm(), 'no confirmation', { timeout: 3000 });
    expect(confirm()!.textContent!.trim()).to.equal('Remove');
    confirm()!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => !confirm(), 'confirmation not closed', { timeout: 3000 });
    expect([confirmed, closed]).to.deep.equal([1, 0]);
  });

  it('shows an overlay that closes after its timeout', async () => {
    const { opener, manager } = await mount();
    opener.dispatchEvent(new RtkStateUpdateEvent({ activeOverlayModal: { active: true, title: 'Moving you', timeout: 600 } }));
    await waitUntil(() => openDialog(manager), 'no overlay', { timeout: 3000 });
    await waitUntil(() => !openDialog(manager), 'overlay did not close', { timeout: 3000 });
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { el, meeting, before } = await mount();
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
