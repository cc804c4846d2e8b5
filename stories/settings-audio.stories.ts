import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/settings-audio/rtk-settings-audio.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { deviceArgTypes, withDevices, type DeviceScenario } from './helpers/devices.js';

type Args = DemoArgs & { devices?: DeviceScenario };

const meta: Meta<Args> = {
  title: 'Settings/Settings audio',
  component: 'rtk-settings-audio',
  args: { people: 2, seed: 1, join: true, devices: 'default' },
  argTypes: { ...demoArgTypes, devices: deviceArgTypes.devices },
  render: ({
    devices,
    ...demo
  }) => html`<div style="max-width: 28rem; padding: 16px; background: #1a1a1a">
    <rtk-settings-audio .meeting=${withDevices(demoMeeting({ ...demo, devices } as DemoArgs), devices)}></rtk-settings-audio>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Microphone with its live level, speaker with a test sound, notification sounds. */
export const Default: Story = {};

/** The microphone is off: no level, a line saying so. */
export const MicrophoneOff: Story = { args: { audio: false } };

/** No microphone and no speaker. */
export const NoDevices: Story = { args: { devices: 'none', audio: false } };
