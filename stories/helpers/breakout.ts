import type { DemoMeeting } from '../../src/demo/index.js';

const split = new WeakSet<DemoMeeting>();

/**
 * Opens breakout rooms in a story's demo meeting (once): `rooms` titles, the people shared out
 * round robin. The demo moves people before joining too, so it can run right after creating it.
 */
export function withRooms(meeting: DemoMeeting, rooms: readonly string[]): DemoMeeting {
  if (split.has(meeting) || rooms.length === 0) return meeting;
  split.add(meeting);
  const script = meeting.director.connectedMeetings;
  const ids = script.createRooms([...rooms]);
  meeting.director.people.forEach((person, i) => {
    if (i % (rooms.length + 1) !== rooms.length)
      script.move([person.userId], ids[i % (rooms.length + 1)]);
  });
  return meeting;
}
