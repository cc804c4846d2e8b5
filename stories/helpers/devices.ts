import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DemoMeeting } from '../../src/demo/index.js';
import { blurEffect } from '../../src/demo/effects/blur.js';
import { provideVideoEffects } from '../../src/effects/video-effects.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './demo.js';

/** Which devices the local user has in a settings story. */
export type DeviceScenario = 'default' | 'hidden-labels' | 'none';

/** Controls of the device stories. */
export const deviceArgTypes = {
  devices: {
    control: 'inline-radio',
    options: ['default', 'hidden-labels', 'none'],
    description:
      'Two devices of each kind; the same before a permission was granted (no labels); or none at all.',
  },
  effectLabel: {
    control: 'text',
    description: 'Offer the demo blur effect under this name (empty: no effects).',
  },
} as const;

const applied = new WeakMap<DemoMeeting, string>();

/**
 * Puts the meeting's devices in the scenario (once per meeting) and offers the demo blur. Stories
 * pass `devices` in the demo args too, so each scenario gets a meeting of its own.
 */
export function withDevices(
  meeting: DemoMeeting,
  scenario: DeviceScenario = 'default',
  effectLabel?: string,
): DemoMeeting {
  if (!applied.has(meeting)) {
    applied.set(meeting, scenario);
    if (scenario === 'hidden-labels') meeting.director.hideDeviceLabels();
    if (scenario === 'none') {
      for (const device of meeting.self.devices.all())
        meeting.director.unplugDevice(device.deviceId);
    }
  }
  provideVideoEffects(meeting, effectLabel ? { effects: [blurEffect(effectLabel)] } : undefined);
  return meeting;
}

/** The args of a device picker's stories. */
export type DeviceSelectorArgs = DemoArgs & {
  devices?: DeviceScenario;
  variant?: 'full' | 'inline';
};

/**
 * What the stories of the three device pickers share: args, controls and the render of `tag`
 * on a joined demo meeting with the chosen devices. Each stories file keeps its own title,
 * component and story list (Storybook reads those statically).
 */
export function deviceSelectorStories(
  tag: 'rtk-camera-selector' | 'rtk-microphone-selector' | 'rtk-speaker-selector',
): Pick<Meta<DeviceSelectorArgs>, 'args' | 'argTypes' | 'render'> {
  return {
    args: { people: 2, seed: 1, join: true, devices: 'default', variant: 'full' },
    argTypes: {
      ...demoArgTypes,
      devices: deviceArgTypes.devices,
      variant: { control: 'inline-radio', options: ['full', 'inline'] },
    },
    render: ({ devices, variant, ...demo }) => {
      const picker = Object.assign(document.createElement(tag), {
        meeting: withDevices(demoMeeting({ ...demo, devices } as DemoArgs), devices),
        variant: variant ?? 'full',
      });
      return html`<div style="max-width: 22rem; padding: 16px; background: #1a1a1a">${picker}</div>`;
    },
  };
}
