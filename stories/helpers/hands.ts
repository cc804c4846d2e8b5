import type { DemoMeeting } from '../../src/demo/index.js';

const raised = new WeakSet<DemoMeeting>();

/**
 * Once the demo meeting is joined, two of its people raise a hand (the second, then the first),
 * so a story shows a queue in the order hands went up.
 */
export function withRaisedHands(meeting: DemoMeeting): DemoMeeting {
  if (raised.has(meeting)) return meeting;
  raised.add(meeting);
  const raise = () => {
    const [first, second] = meeting.director.people;
    if (second) meeting.director.hands.raise(second.id);
    if (first) meeting.director.hands.raise(first.id);
  };
  if (meeting.self.roomJoined) raise();
  else meeting.self.once('roomJoined', raise);
  return meeting;
}
