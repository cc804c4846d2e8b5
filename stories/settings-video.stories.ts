import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/settings-video/rtk-settings-video.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { deviceArgTypes, withDevices, type DeviceScenario } from './helpers/devices.js';

type Args = DemoArgs & { devices?: DeviceScenario; effectLabel?: string };

const meta: Meta<Args> = {
  title: 'Settings/Settings video',
  component: 'rtk-settings-video',
  args: { people: 2, seed: 1, join: true, devices: 'default', effectLabel: '' },
  argTypes: { ...demoArgTypes, ...deviceArgTypes },
  render: ({
    devices,
    effectLabel,
    ...demo
  }) => html`<div style="max-width: 28rem; padding: 16px; background: #1a1a1a">
    <rtk-settings-video .meeting=${withDevices(demoMeeting({ ...demo, devices } as DemoArgs), devices, effectLabel)}></rtk-settings-video>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Camera preview (mirrored), mirror switch, camera selector. */
export const Default: Story = {};

/** The page offers the demo blur: a background effects section appears. */
export const WithEffects: Story = { args: { effectLabel: 'Blur' } };

/** The camera is off. */
export const CameraOff: Story = { args: { video: false } };
