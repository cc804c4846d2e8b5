import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/breakout-rooms-manager/rtk-breakout-rooms-manager.js';
import type { RtkBreakoutRoomsManager } from '../../src/components/breakout-rooms-manager/rtk-breakout-rooms-manager.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import { drafts, timers, timing } from '../../src/internal/breakout.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

type Manager = RtkBreakoutRoomsManager;

async function mount(options: { preset?: 'host' | 'participant'; people?: number } = {}) {
  const { el, meeting } = await mountWithMeeting<Manager>(
    html`<rtk-breakout-rooms-manager></rtk-breakout-rooms-manager>`,
    { join: true, people: 6, ...options },
  );
  await rendered(el);
  return { el, meeting };
}

const roomCards = (el: Element) => queryAllDeep<HTMLElement>(el, 'rtk-breakout-room-manager');
const card = (el: Element, title: string) =>
  roomCards(el).find((c) => queryDeep(c, '[part="title"]')?.textContent?.trim() === title);
const checkbox = (root: Element, name: string) =>
  queryAllDeep<HTMLLabelElement>(root, 'label')
    .find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === name)
    ?.querySelector('input') as HTMLInputElement | undefined;
const namesIn = (meeting: DemoMeeting, title: string) => {
  const room = meeting.connectedMeetings.meetings.find((r) => r.title === title);
  return (room?.participants ?? []).map((p) => p.displayName).sort();
};
const notices = (el: Element) => {
  const seen: string[] = [];
  el.addEventListener('rtkNotification', (e) =>
    seen.push((e as RtkNotificationEvent).detail.message),
  );
  return seen;
};

/** Plans `n` rooms with the form, as a host would. */
async function plan(el: Manager, n: number) {
  const count = queryDeep<HTMLInputElement>(el, 'input[type="number"]')!;
  count.value = String(n);
  count.dispatchEvent(new Event('input'));
  buttonByName(el, 'Create rooms')!.click();
  await rendered(el);
}

describe('<rtk-breakout-rooms-manager>', () => {
  failOnConsoleErrors();

  afterEach(() => {
    drafts.clear();
    for (const t of timers.values()) t.handles.forEach(clearTimeout);
    timers.clear();
    timing.minute = 60_000;
    EffectController.timeout = 10_000;
  });

  it('plans three rooms and assigns people by keyboard: select several, "Move here"', async () => {
    const { el, meeting } = await mount();
    await plan(el, 3);
    expect(
      roomCards(el).map((c) => queryDeep(c, '[part="title"]')!.textContent!.trim()),
    ).to.deep.equal(['Room 1', 'Room 2', 'Room 3']);
    const [a, b] = meeting.director.people;
    // Space on two checkboxes, then Enter on Room 2's "Move here".
    checkbox(el, a.name)!.focus();
    await sendKeys({ press: 'Space' });
    checkbox(el, b.name)!.focus();
    await sendKeys({ press: 'Space' });
    await rendered(el);
    expect(deepText(el)).to.contain('2 selected');
    const moveHere = queryAllDeep<HTMLButtonElement>(card(el, 'Room 2')!, 'button').find(
      (x) => x.getAttribute('aria-label') === 'Move here: Room 2',
    )!;
    moveHere.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(el);
    expect(deepText(card(el, 'Room 2')!))
      .to.contain(a.name)
      .and.contain(b.name);
    expect(deepText(card(el, 'Room 2')!)).to.contain('2 people');
    // Taken out again with its button: back in "Not in a room".
    const out = queryAllDeep<HTMLButtonElement>(card(el, 'Room 2')!, 'button').find(
      (x) => x.getAttribute('aria-label') === `Take ${a.name} out of Room 2`,
    )!;
    out.click();
    await rendered(el);
    expect(deepText(card(el, 'Room 2')!)).not.to.contain(a.name);
    expect(checkbox(el, a.name)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renames a room (Enter saves, an empty name is refused in place)', async () => {
    const { el } = await mount();
    await plan(el, 2);
    const room = card(el, 'Room 1')!;
    buttonByName(room, 'Rename Room 1')!.click();
    await rendered(el);
    const input = queryDeep<HTMLInputElement>(room, 'input.rename')!;
    input.value = '  ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await rendered(el);
    expect(deepText(el)).to.contain('A room needs a name.');
    input.value = 'Design <b>crit</b>';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await rendered(el);
    expect(card(el, 'Design <b>crit</b>')).to.exist;
  });

  it('shuffles evenly, starts the rooms, and keeps no plan afterwards', async () => {
    const { el, meeting } = await mount({ people: 7 });
    await plan(el, 3);
    buttonByName(el, 'Shuffle evenly')!.click();
    await rendered(el);
    const sizes = roomCards(el).map((c) => queryAllDeep(c, 'li').length);
    expect(sizes.reduce((x, y) => x + y)).to.equal(7);
    expect(Math.max(...sizes) - Math.min(...sizes)).to.be.at.most(1);
    buttonByName(el, 'Start breakout rooms')!.click();
    await until(() => meeting.connectedMeetings.isActive && namesIn(meeting, 'Room 3').length > 0);
    await rendered(el);
    expect(meeting.connectedMeetings.meetings.map((m) => m.participants.length)).to.deep.equal(
      sizes,
    );
    // Nobody is left in the main room, and the plan is spent.
    expect(meeting.participants.joined.size).to.equal(0);
    expect(drafts.size).to.equal(0);
    expect(deepText(el)).to.contain('Close all rooms');
  });

  it('moves someone between rooms during the session, by keyboard and by drag and drop', async () => {
    const { el, meeting } = await mount({ people: 4 });
    const ids = meeting.director.people.map((p) => p.userId);
    const made = await meeting.connectedMeetings.createMeetings([{ title: 'A' }, { title: 'B' }]);
    await meeting.connectedMeetings.moveParticipants(
      meeting.meta.meetingId,
      made[0].id,
      ids.slice(0, 2),
    );
    await rendered(el);
    const [first] = meeting.director.people;
    const name = namesIn(meeting, 'A')[0]!;
    checkbox(card(el, 'A')!, name)!.click();
    await rendered(el);
    queryAllDeep<HTMLButtonElement>(card(el, 'B')!, 'button')
      .find((x) => x.getAttribute('aria-label') === 'Move here: B')!
      .click();
    await until(() => namesIn(meeting, 'B').includes(name));
    expect(namesIn(meeting, 'A')).not.to.include(name);
    // Drag the last person of the main room onto A.
    const mainName = deepText(
      queryDeep(el, 'rtk-breakout-room-participants')!.shadowRoot!.querySelector('li')!,
    );
    const data = new DataTransfer();
    queryDeep(el, 'rtk-breakout-room-participants')!
      .shadowRoot!.querySelector('li')!
      .dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    const target = card(el, 'A')!.shadowRoot!.querySelector('[part="room"]')!;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await until(() => namesIn(meeting, 'A').includes(mainName));
    expect(first).to.exist;
  });

  it('closes all rooms and brings everyone back; a close that never happens is reported', async () => {
    const { el, meeting } = await mount({ people: 3 });
    const made = await meeting.connectedMeetings.createMeetings([{ title: 'A' }]);
    await meeting.connectedMeetings.moveParticipants(
      meeting.meta.meetingId,
      made[0].id,
      meeting.director.people.map((p) => p.userId),
    );
    await rendered(el);
    expect(meeting.participants.joined.size).to.equal(0);
    const seen = notices(el);
    EffectController.timeout = 200;
    meeting.director.failNextCall(meeting.connectedMeetings, 'deleteMeetings', 'drop');
    buttonByName(el, 'Close all rooms')!.click();
    await until(() => seen.includes('The rooms did not close. Try again.'));
    expect(meeting.connectedMeetings.isActive).to.equal(true);
    buttonByName(el, 'Close all rooms')!.click();
    await until(() => !meeting.connectedMeetings.isActive);
    await rendered(el);
    expect(meeting.participants.joined.size).to.equal(3);
    expect(deepText(el)).to.contain('Create rooms');
  });

  it('a refused start becomes a notification and the plan stays', async () => {
    const { el, meeting } = await mount();
    await plan(el, 2);
    buttonByName(el, 'Shuffle evenly')!.click();
    await rendered(el);
    const seen = notices(el);
    const traces: string[] = [];
    el.addEventListener('rtkApiError', (e) => traces.push((e as RtkApiErrorEvent).detail.trace));
    meeting.director.failNextCall(meeting.connectedMeetings, 'createMeetings');
    buttonByName(el, 'Start breakout rooms')!.click();
    await until(() => seen.length > 0);
    expect(seen[0]).to.match(/^Starting breakout rooms failed: /);
    expect(traces).to.deep.equal(['connectedMeetings.createMeetings']);
    expect(meeting.connectedMeetings.isActive).to.equal(false);
    await rendered(el);
    expect(roomCards(el)).to.have.length(2);
    expect(
      roomCards(el)
        .map((c) => queryAllDeep(c, 'li').length)
        .reduce((x, y) => x + y),
    ).to.equal(6);
  });

  it('a move the server refuses ({ success: false }) is reported, and nobody moves', async () => {
    const { el, meeting } = await mount({ people: 2 });
    await meeting.connectedMeetings.createMeetings([{ title: 'A' }]);
    await rendered(el);
    const seen = notices(el);
    const cm = meeting.connectedMeetings;
    const original = cm.moveParticipants.bind(cm);
    cm.moveParticipants = async () => ({ success: false, error: 'no' });
    checkbox(el, meeting.director.people[0].name)!.click();
    await rendered(el);
    buttonByName(card(el, 'A')!, 'Move here: A')!.click();
    await until(() => seen.length > 0);
    expect(seen[0]).to.equal('Moving people failed: The server did not move them.');
    cm.moveParticipants = original;
    expect(namesIn(meeting, 'A')).to.deep.equal([]);
  });

  it('sets a timer: every room is warned, then the rooms close by themselves', async () => {
    timing.minute = 1000;
    const { el, meeting } = await mount({ people: 2 });
    await plan(el, 1);
    buttonByName(el, 'Shuffle evenly')!.click();
    const select = queryDeep<HTMLSelectElement>(el, 'select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await rendered(el);
    const warned: unknown[] = [];
    meeting.participants.on('broadcastedMessage', (m: unknown) => warned.push(m));
    buttonByName(el, 'Start breakout rooms')!.click();
    await until(() => meeting.connectedMeetings.isActive);
    await until(() => deepText(el).includes('Rooms close in'));
    await until(() => warned.length > 0);
    expect((warned[0] as { type: string }).type).to.equal('rtk-breakout-closing');
    await until(() => !meeting.connectedMeetings.isActive);
    expect(meeting.participants.joined.size).to.equal(2);
  });

  it('permissions off: people who may not alter rooms see the rooms to join, or why not', async () => {
    const { el, meeting } = await mount({ preset: 'participant', people: 2 });
    expect(deepText(el)).to.contain('Only hosts can manage breakout rooms.');
    expect(buttonByName(el, 'Create rooms')).to.equal(undefined);
    meeting.director.connectedMeetings.createRooms(['Quiet room']);
    meeting.director.updatePermissions({
      connectedMeetings: {
        canAlterConnectedMeetings: false,
        canSwitchConnectedMeetings: true,
        canSwitchToParentMeeting: true,
      },
    });
    await rendered(el);
    expect(buttonByName(el, 'Join Quiet room')).to.exist;
    expect(buttonByName(el, 'Close all rooms')).to.equal(undefined);
    // The meeting itself refuses what the UI does not offer.
    let refused = false;
    await meeting.connectedMeetings.deleteMeetings([]).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });

  it('a missing module or a half-shaped meeting shows an empty state and never throws', async () => {
    const el = await fixture<Manager>(
      html`<rtk-breakout-rooms-manager></rtk-breakout-rooms-manager>`,
    );
    expect(deepText(el)).to.equal('');
    el.meeting = { self: { roomState: 'joined', permissions: {} } } as never;
    await rendered(el);
    expect(deepText(el)).to.equal('There are no breakout rooms now.');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-breakout-rooms-manager');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(buttonByName(el, 'Create rooms')).to.exist;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
