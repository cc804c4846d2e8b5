import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/notifications/rtk-notifications.js';
import type { RtkNotifications } from '../../src/components/notifications/rtk-notifications.js';
import { playNotificationTone } from '../../src/internal/notification-sound.js';
import { NotificationsController } from '../../src/controllers/notifications-controller.js';
import {
  RtkNotificationEvent,
  type RtkNotificationDetail,
  type RtkNotificationVariant,
} from '../../src/events/rtk-notification.js';
import { buttonByName, demoMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const items: RtkNotificationDetail[] = [
  { id: 'a', message: 'Recording started', variant: 'info' },
  { id: 'b', message: 'Could not turn on the camera', variant: 'error' },
];

const silent = () => undefined;

/** A host that collects notifications as rtk-meeting does, and shows them. */
class NotificationsHost extends LitElement {
  readonly notices = new NotificationsController(this, 5000);
  override render() {
    return html`<rtk-notifications .notifications=${this.notices.items} .playSound=${silent}></rtk-notifications>`;
  }
}
customElements.define('test-notifications-host', NotificationsHost);

describe('<rtk-notifications>', () => {
  it('announces errors assertively and the rest politely', async () => {
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .notifications=${items} .playSound=${silent}></rtk-notifications>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Recording started',
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Could not turn on the camera',
    );
    expect(
      el.shadowRoot!.querySelectorAll(
        '[role="status"] rtk-notification, [role="alert"] rtk-notification',
      ).length,
    ).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('keeps both live regions when empty', async () => {
    const el = await fixture<RtkNotifications>(html`<rtk-notifications></rtk-notifications>`);
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"]').length).to.equal(2);
  });

  it('asks to dismiss a notification from its button', async () => {
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .notifications=${items} .playSound=${silent}></rtk-notifications>`,
    );
    const button = buttonByName(
      el.shadowRoot!.querySelector('[role="alert"]')!,
      'Dismiss notification',
    )!;
    const dismissed = oneEvent(el, 'rtkNotificationDismiss');
    button.click();
    expect((await dismissed).detail).to.deep.equal({ id: 'b' });
  });

  it('renders messages as text', async () => {
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .notifications=${[{ id: 'x', message: '<b>bold</b>', variant: 'info' }]} .playSound=${silent}></rtk-notifications>`,
    );
    expect(queryAllDeep(el, 'b')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('<b>bold</b>');
  });

  it('shows only the newest `max` notifications', async () => {
    const many = ['1', '2', '3', '4', '5'].map((id) => ({
      id,
      message: `Message ${id}`,
      variant: 'info' as const,
    }));
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .notifications=${many} max="3" .playSound=${silent}></rtk-notifications>`,
    );
    const shown = [...el.shadowRoot!.querySelectorAll('[part="message"]')].map(
      (m) => m.textContent,
    );
    expect(shown).to.deep.equal(['Message 3', 'Message 4', 'Message 5']);
  });

  it('plays a sound for each new notification unless muted', async () => {
    const played: RtkNotificationVariant[] = [];
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .playSound=${(v: RtkNotificationVariant) => played.push(v)}></rtk-notifications>`,
    );
    el.notifications = [items[0]];
    await el.updateComplete;
    el.notifications = [items[0], items[1]];
    await el.updateComplete;
    el.notifications = [items[1]]; // a dismissal is silent
    await el.updateComplete;
    expect(played).to.deep.equal(['info', 'error']);
    el.states = { prefs: { muteNotificationSounds: true } };
    el.notifications = [items[1], { id: 'c', message: 'Muted', variant: 'info' }];
    await el.updateComplete;
    expect(played).to.deep.equal(['info', 'error']);
  });

  it('never throws when the tone cannot play', () => {
    const g = globalThis as { AudioContext?: unknown };
    const original = g.AudioContext;
    try {
      g.AudioContext = undefined;
      expect(playNotificationTone('info')).to.equal(false);
      g.AudioContext = function Broken() {
        throw new Error('blocked');
      };
      expect(() => playNotificationTone('error')).not.to.throw();
    } finally {
      g.AudioContext = original;
    }
  });

  it('collects rtkNotification events and drops a notification when its time is up', async () => {
    const host = await fixture<NotificationsHost>(
      html`<test-notifications-host></test-notifications-host>`,
    );
    host.dispatchEvent(
      new RtkNotificationEvent({ id: 'late', message: 'You are late', variant: 'info' }),
    );
    await host.updateComplete;
    const list = host.shadowRoot!.querySelector<RtkNotifications>('rtk-notifications')!;
    await list.updateComplete;
    const notification = list.shadowRoot!.querySelector('rtk-notification')!;
    await notification.updateComplete;
    expect(host.notices.items[0].duration).to.equal(5000);
    const bar = notification.shadowRoot!.querySelector('[part="progress"]')!;
    bar.getAnimations()[0].currentTime = 4999;
    await until(() => host.notices.items.length === 0, 'not dropped after its duration');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('rtk-notification')).to.equal(null);
  });

  it('leaves no listener on its meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const el = await fixture<RtkNotifications>(
      html`<rtk-notifications .meeting=${meeting} .notifications=${items} .playSound=${silent}></rtk-notifications>`,
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
