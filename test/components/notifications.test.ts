import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/notifications/rtk-notifications.js';
import type { RtkNotifications } from '../../src/components/notifications/rtk-notifications.js';
import type { RtkNotificationDetail } from '../../src/events/rtk-notification.js';

const items: RtkNotificationDetail[] = [
  { id: 'a', message: 'Recording started', variant: 'info' },
  { id: 'b', message: 'Could not turn on the camera', variant: 'error' },
];

describe('<rtk-notifications>', () => {
  it('announces errors assertively and the rest politely', async () => {
    const el = await fixture<RtkNotifications>(html`<rtk-notifications .notifications=${items}></rtk-notifications>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Recording started');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Could not turn on the camera');
    await expect(el).to.be.accessible();
  });

  it('keeps both live regions when empty', async () => {
    const el = await fixture<RtkNotifications>(html`<rtk-notifications></rtk-notifications>`);
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"]').length).to.equal(2);
  });

  it('asks to dismiss a notification from its button', async () => {
    const el = await fixture<RtkNotifications>(html`<rtk-notifications .notifications=${items}></rtk-notifications>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(button.getAttribute('aria-label')).to.equal('Dismiss notification');
    const dismissed = oneEvent(el, 'rtkNotificationDismiss');
    button.click();
    expect((await dismissed).detail).to.deep.equal({ id: 'b' });
  });

  it('renders messages as text', async () => {
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .notifications=${[{ id: 'x', message: '<b>bold</b>', variant: 'info' }]}></rtk-notifications>`,
    );
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('<b>bold</b>');
  });
});
