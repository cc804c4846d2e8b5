import type { DemoMeeting } from '../../src/demo/index.js';
import { blurEffect } from '../../src/demo/effects/blur.js';
import { provideVideoEffects } from '../../src/effects/video-effects.js';

/** Which devices the local user has in a settings story. */
export type DeviceScenario = 'default' | 'hidden-labels' | 'none';

/** Controls of the device stories. */
export const deviceArgTypes = {
  devices: {
    control: 'inline-radio',
    options: ['default', 'hidden-labels', 'none'],
    description: 'Two devices of each kind; the same before a permission was granted (no labels); or none at all.',
  },
  effectLabel: { control: 'text', description: 'Offer the demo blur effect under this name (empty: no effects).' },
} as const;

const applied = new WeakMap<DemoMeeting, string>();

/**
 * Puts the meeting's devices in the scenario (once per meeting) and offers the demo blur. Stories
 * pass `devices` in the demo args too, so each scenario gets a meeting of its own.
 */
export function withDevices(meeting: DemoMeeting, scenario: DeviceScenario = 'default', effectLabel?: string): DemoMeeting {
  if (!applied.has(meeting)) {
    applied.set(meeting, scenario);
    if (scenario === 'hidden-labels') meeting.director.hideDeviceLabels();
    if (scenario === 'none') {
      for (const device of meeting.self.devices.all()) meeting.director.unplugDevice(device.deviceId);
    }
  }
  provideVideoEffects(meeting, effectLabel ? { effects: [blurEffect(effectLabel)] } : undefined);
  return meeting;
}
