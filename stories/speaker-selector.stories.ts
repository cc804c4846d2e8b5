import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/speaker-selector/rtk-speaker-selector.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { deviceArgTypes, withDevices, type DeviceScenario } from './helpers/devices.js';

type Args = DemoArgs & { devices?: DeviceScenario; variant?: 'full' | 'inline' };

const meta: Meta<Args> = {
  title: 'Settings/Speaker selector',
  component: 'rtk-speaker-selector',
  args: { people: 2, seed: 1, join: true, devices: 'default', variant: 'full' },
  argTypes: {
    ...demoArgTypes,
    devices: deviceArgTypes.devices,
    variant: { control: 'inline-radio', options: ['full', 'inline'] },
  },
  render: ({ devices, variant, ...demo }) => html`<div style="max-width: 22rem; padding: 16px; background: #1a1a1a">
    <rtk-speaker-selector .meeting=${withDevices(demoMeeting({ ...demo, devices } as DemoArgs), devices)} .variant=${variant ?? 'full'}></rtk-speaker-selector>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Two devices, the one in use selected. */
export const Default: Story = {};

/** Icon beside the list; the label is kept for screen readers. */
export const Inline: Story = { args: { variant: 'inline' } };

/** Before the user granted a permission: devices have no labels and are numbered. */
export const LabelsHidden: Story = { args: { devices: 'hidden-labels' } };

/** No device of this kind at all. */
export const NoDevices: Story = { args: { devices: 'none' } };
