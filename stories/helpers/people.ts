import type { DemoMeeting } from '../../src/demo/index.js';

const scripted = new WeakSet<DemoMeeting>();

/**
 * Runs `fn` once per demo meeting (stories re-render on every control change, and the demo
 * meeting is shared by stories with the same args).
 */
export function once(meeting: DemoMeeting, fn: () => void): void {
  if (scripted.has(meeting)) return;
  scripted.add(meeting);
  fn();
}
