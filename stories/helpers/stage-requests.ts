import type { DemoMeeting } from '../../src/demo/index.js';

/** Makes the first `pending` webinar viewers of the meeting ask for the stage (once each). */
export function withRequests(meeting: DemoMeeting, pending: number): DemoMeeting {
  const viewers = meeting.director.people.filter((p) => p.presetName === 'webinar-viewer');
  for (const p of viewers.slice(0, pending)) meeting.director.stage.request(p.id);
  return meeting;
}
