import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/participants-waiting-list/rtk-participants-waiting-list.js';
import type { RtkParticipantsWaitingList } from '../../src/components/participants-waiting-list/rtk-participants-waiting-list.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  buttonByName,
  deepText,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
  type MountOptions,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  await el.updateComplete;
  for (const child of queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*'))
    await child.updateComplete;
}
const names = (el: RtkParticipantsWaitingList) =>
  [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent);

async function mount(options: MountOptions = {}) {
  return mountWithMeeting<RtkParticipantsWaitingList>(
    html`<rtk-participants-waiting-list></rtk-participants-waiting-list>`,
    {
      people: 1,
      join: true,
      ...options,
    },
  );
}

describe('<rtk-participants-waiting-list>', () => {
  it('lists people as they knock, live, with a count', async () => {
    const { el, meeting } = await mount();
    expect(el.shadowRoot!.children.length).to.equal(0);
    meeting.director.knock('Ada Lovelace');
    await settle(el);
    expect(names(el)).to.deep.equal(['Ada Lovelace']);
    expect(deepText(el.shadowRoot!.querySelector('[part~="waitlisted-heading-count"]')!)).to.equal(
      '1 person waiting',
    );
    const bob = meeting.director.knock('Bob Kahn');
    await settle(el);
    expect(names(el)).to.deep.equal(['Ada Lovelace', 'Bob Kahn']);
    meeting.director.removePerson(bob.id);
    await settle(el);
    expect(names(el)).to.deep.equal(['Ada Lovelace']);
    await expect(el).to.be.accessible();
  });

  it('accepts one person: they join the meeting and leave the list', async () => {
    const { el, meeting } = await mount();
    const ada = meeting.director.knock('Ada Lovelace');
    await settle(el);
    buttonByName(el, 'Accept Ada Lovelace')!.click();
    await until(() => meeting.participants.joined.has(ada.id), 'never admitted');
    await settle(el);
    expect(names(el)).to.deep.equal([]);
  });

  it('rejects one person', async () => {
    const { el, meeting } = await mount();
    const ada = meeting.director.knock('Ada Lovelace');
    meeting.director.knock('Bob Kahn');
    await settle(el);
    buttonByName(el, 'Reject Ada Lovelace')!.click();
    await until(() => !meeting.participants.waitlisted.has(ada.id), 'never rejected');
    await settle(el);
    expect(names(el)).to.deep.equal(['Bob Kahn']);
    expect(meeting.participants.joined.has(ada.id)).to.equal(false);
  });

  it('accepts all five waiting at once', async () => {
    const { el, meeting } = await mount();
    const knocking = ['A', 'B', 'C', 'D', 'E'].map((n) => meeting.director.knock(`Person ${n}`));
    await settle(el);
    expect(deepText(el.shadowRoot!.querySelector('[part~="waitlisted-heading-count"]')!)).to.equal(
      '5 people waiting',
    );
    (el.shadowRoot!.querySelector('[part~="accept-all"]') as HTMLElement).click();
    await until(
      () => knocking.every((p) => meeting.participants.joined.has(p.id)),
      'not all admitted',
    );
    await settle(el);
    expect(el.shadowRoot!.children.length).to.equal(0);
  });

  it('operates from the keyboard', async () => {
    const { el, meeting } = await mount();
    const ada = meeting.director.knock('Ada Lovelace');
    await settle(el);
    const { sendKeys } = await import('@web/test-runner-commands');
    (el.shadowRoot!.querySelector('[part~="accept"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.participants.joined.has(ada.id), 'never admitted');
  });

  it('notifies when the meeting refuses, and keeps the person listed', async () => {
    const { el, meeting } = await mount();
    meeting.director.knock('Ada Lovelace');
    await settle(el);
    meeting.participants.rejectWaitingRoomRequest = () =>
      Promise.reject(new Error('Server said no'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    buttonByName(el, 'Reject Ada Lovelace')!.click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.equal('Reject Ada Lovelace failed: Server said no');
    await settle(el);
    expect(names(el)).to.deep.equal(['Ada Lovelace']);
  });

  it('shows nothing to people who cannot admit, and tolerates a meeting without participants', async () => {
    const { el, meeting } = await mount({ preset: 'participant' });
    meeting.director.knock('Ada Lovelace');
    await settle(el);
    expect(el.shadowRoot!.children.length).to.equal(0);
    el.meeting = { self: meeting.self } as never;
    await settle(el);
    expect(el.shadowRoot!.children.length).to.equal(0);
  });

  it('shows an empty state with show-empty, and leaves no listener', async () => {
    const { el, meeting } = await mount();
    el.showEmpty = true;
    await settle(el);
    expect(deepText(el.shadowRoot!)).to.equal('No one is waiting to join.');
    const mine = (el as unknown as { events: { listenerCount: number } }).events.listenerCount;
    const withList = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.equal(withList - mine);
    expect(mine).to.be.greaterThan(0);
  });
});
