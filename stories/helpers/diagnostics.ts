import type { DemoMeeting } from '../../src/demo/index.js';
import { demoMeeting, type DemoArgs } from './demo.js';

/** How the network of the call diagnostics stories is. */
export type NetworkArgs = DemoArgs & {
  /** Your connection. */
  selfQuality?: 'good' | 'weak' | 'poor';
  /** Everyone else's. */
  peopleQuality?: 'good' | 'weak' | 'poor';
};

const primed = new WeakSet<object>();

/**
 * A joined demo meeting with your microphone and camera on and a few rounds of connection
 * readings at the qualities asked for, so the diagnostics have figures and charts to show.
 */
export function diagnosticsMeeting({
  selfQuality = 'good',
  peopleQuality = 'good',
  ...demo
}: NetworkArgs): DemoMeeting {
  const meeting = demoMeeting({ ...demo, join: false, audio: true, video: true });
  if (primed.has(meeting)) return meeting;
  primed.add(meeting);
  void meeting
    .join()
    .then(() => {
      const director = meeting.director;
      director.setNetworkQuality('self', selfQuality);
      for (const person of director.people) director.setNetworkQuality(person.id, peopleQuality);
      for (let i = 0; i < 4; i++) director.scoreRound();
    })
    .catch(() => undefined);
  return meeting;
}

export const networkArgTypes = {
  selfQuality: { control: 'inline-radio', options: ['good', 'weak', 'poor'] },
  peopleQuality: { control: 'inline-radio', options: ['good', 'weak', 'poor'] },
} as const;
