import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { BROADCAST_TYPE, CLOSING_TYPE } from '../../src/internal/breakout.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import type { MountOptions } from '../helpers/fixtures.js';
import { meetingEvent, rendered, until } from '../helpers/wait.js';

async function mountMeeting(options: MountOptions = {}) {
  const meeting = await demoMeeting({ people: 4, join: true, ...options });
  const before = totalListeners(meeting);
  const el = await fixture<RtkMeeting>(
    html`<rtk-meeting .meeting=${meeting} style="width: 1000px; height: 700px"></rtk-meeting>`,
  );
  await rendered(el);
  return { el, meeting, before };
}

const seen = (el: Element, text: string) =>
  until(
    () => deepText(el).includes(text),
    () => `never showed "${text}": ${deepText(el)}`,
  );
const tileNames = (el: Element) =>
  queryAllDeep(el, 'rtk-participant-tile')
    .map((t) => queryDeep(t, '[part="name"]')?.textContent?.trim())
    .filter(Boolean);

/**
 * The kit holds no listener on `meeting`: taking the whole UI off the page removes none (what is
 * left is the demo's own). The UI goes back where it was.
 */
async function noKitListenersOn(el: RtkMeeting, meeting: DemoMeeting) {
  const left = totalListeners(meeting);
  const parent = el.parentNode!;
  el.remove();
  expect(totalListeners(meeting)).to.equal(left);
  parent.appendChild(el);
  await rendered(el);
}

/** Everyone who may go back to the main room. */
const mayReturn = {
  connectedMeetings: {
    canAlterConnectedMeetings: false,
    canSwitchConnectedMeetings: false,
    canSwitchToParentMeeting: true,
  },
};

describe('breakout rooms in <rtk-meeting>', () => {
  failOnConsoleErrors();

  it("follows a participant's switch to a room and back, leaving no listener on the meeting left", async () => {
    const { el, meeting, before } = await mountMeeting({ preset: 'participant' });
    const script = meeting.director.connectedMeetings;
    const [room] = script.createRooms(['Quiet room']);
    const [ana, ben] = meeting.director.people;
    script.move([ana.userId], room);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    const changed = meetingEvent(meeting.connectedMeetings, 'meetingChanged');
    script.move(['self'], room);
    const [next] = (await changed) as [DemoMeeting];
    expect(next === meeting).to.equal(false);
    await until(() => el.meeting === next);
    await rendered(el);
    // Everything follows the new meeting: its people, its title, its chat; a notice says where.
    await seen(el, 'You are now in Quiet room');
    await until(() => tileNames(el).includes(ana.name));
    expect(tileNames(el)).not.to.include(ben.name);
    await noKitListenersOn(el, meeting);
    expect(totalListeners(next)).to.be.greaterThan(0);
    // Back to the main room from the manager, where allowed.
    next.director.updatePermissions(mayReturn);
    el.dispatchEvent(new RtkStateUpdateEvent({ activeBreakoutRoomsManager: { active: true } }));
    await until(() => buttonByName(el, 'Return to main room'));
    const backInMain = meetingEvent(next.connectedMeetings, 'meetingChanged');
    buttonByName(el, 'Return to main room')!.click();
    const [main] = (await backInMain) as [DemoMeeting];
    expect(main === meeting).to.equal(true);
    await until(() => el.meeting === meeting);
    await seen(el, 'You are back in the main room');
    await until(() => tileNames(el).includes(ben.name));
    await noKitListenersOn(el, next);
    // The manager closed when the user left the room.
    expect(Boolean(queryDeep(el, 'rtk-breakout-rooms-manager'))).to.equal(false);
    // With Ana back too, the room is as before the UI came: removing it leaves nothing.
    script.move([ana.userId], 'main');
    await rendered(el);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('without the right to go back, no way back is offered and the meeting refuses it', async () => {
    const { el, meeting } = await mountMeeting({ preset: 'participant' });
    const script = meeting.director.connectedMeetings;
    const [room] = script.createRooms(['Room A']);
    script.move(['self'], room);
    await until(() => el.meeting !== meeting);
    const next = el.meeting as DemoMeeting;
    await rendered(el);
    el.dispatchEvent(new RtkStateUpdateEvent({ activeBreakoutRoomsManager: { active: true } }));
    await rendered(el);
    await seen(el, 'Only hosts can manage breakout rooms.');
    expect(buttonByName(el, 'Return to main room')).to.equal(undefined);
    let refused = false;
    await next.connectedMeetings
      .moveParticipants(room, meeting.meta.meetingId, [next.self.userId])
      .catch(() => (refused = true));
    expect(refused).to.equal(true);
  });

  it('shows a host message in every room as text, and the warning before rooms close', async () => {
    const { el, meeting } = await mountMeeting({ preset: 'participant' });
    const script = meeting.director.connectedMeetings;
    const [a, b] = script.createRooms(['A', 'B']);
    script.broadcast(BROADCAST_TYPE, { message: '<b>Back in 5</b>' }, [
      meeting.meta.meetingId,
      a,
      b,
    ]);
    await seen(el, 'Message to every room: <b>Back in 5</b>');
    expect(queryDeep(el, 'rtk-notifications b')).to.equal(undefined);
    script.move(['self'], b);
    await until(() => el.meeting !== meeting);
    await rendered(el);
    script.broadcast(BROADCAST_TYPE, { message: 'Two more minutes' }, [a, b]);
    await seen(el, 'Message to every room: Two more minutes');
    script.broadcast(CLOSING_TYPE, { seconds: 60 }, [a, b]);
    await seen(el, 'Breakout rooms close in 1 minute');
    // A message for other rooms does not show here; an unknown type shows nothing.
    script.broadcast(BROADCAST_TYPE, { message: 'Only for A' }, [a]);
    script.broadcast('something-else', { message: 'Not ours' });
    await rendered(el);
    expect(deepText(el)).not.to.contain('Only for A');
    expect(deepText(el)).not.to.contain('Not ours');
  });

  it('a host splits the room into three, visits one, broadcasts and closes them all', async () => {
    const { el, meeting, before } = await mountMeeting({ people: 6 });
    el.dispatchEvent(new RtkStateUpdateEvent({ activeBreakoutRoomsManager: { active: true } }));
    await until(() => queryDeep(el, 'input[type="number"]'));
    const count = queryDeep<HTMLInputElement>(el, 'input[type="number"]')!;
    count.value = '3';
    count.dispatchEvent(new Event('input'));
    buttonByName(el, 'Create rooms')!.click();
    await until(() => buttonByName(el, 'Shuffle evenly'));
    buttonByName(el, 'Shuffle evenly')!.click();
    await rendered(el);
    buttonByName(el, 'Start breakout rooms')!.click();
    await until(
      () =>
        meeting.connectedMeetings.meetings.length === 3 && meeting.participants.joined.size === 0,
    );
    // Visit Room 2.
    await until(() => buttonByName(el, 'Join Room 2'));
    buttonByName(el, 'Join Room 2')!.click();
    await until(() => el.meeting !== meeting);
    const room2 = el.meeting as DemoMeeting;
    await seen(el, 'You are now in Room 2');
    await noKitListenersOn(el, meeting);
    // Broadcast to every room from there.
    el.dispatchEvent(new RtkStateUpdateEvent({ activeBreakoutRoomsManager: { active: true } }));
    await until(() => buttonByName(el, 'Broadcast message'));
    buttonByName(el, 'Broadcast message')!.click();
    const modal = () => queryDeep(el, 'rtk-broadcast-message-modal')!;
    await until(() => queryDeep(modal(), 'textarea'));
    const text = queryDeep<HTMLTextAreaElement>(modal(), 'textarea')!;
    text.value = 'Wrap up, please';
    text.dispatchEvent(new Event('input'));
    buttonByName(modal(), 'Send')!.click();
    await seen(el, 'Message to every room: Wrap up, please');
    // Close them all: everyone, the host too, is back in the main room.
    await until(() => buttonByName(el, 'Close all rooms'));
    buttonByName(el, 'Close all rooms')!.click();
    await until(() => el.meeting === meeting);
    await until(
      () => !meeting.connectedMeetings.isActive && meeting.participants.joined.size === 6,
    );
    await seen(el, 'You are back in the main room');
    await noKitListenersOn(el, room2);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
