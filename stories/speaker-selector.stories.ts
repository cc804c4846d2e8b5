import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/speaker-selector/rtk-speaker-selector.js';
import { deviceSelectorStories, type DeviceSelectorArgs } from './helpers/devices.js';

const meta: Meta<DeviceSelectorArgs> = {
  title: 'Settings/Speaker selector',
  component: 'rtk-speaker-selector',
  ...deviceSelectorStories('rtk-speaker-selector'),
};
export default meta;

type Story = StoryObj<DeviceSelectorArgs>;

/** Two devices, the one in use selected. */
export const Default: Story = {};

/** Icon beside the list; the label is kept for screen readers. */
export const Inline: Story = { args: { variant: 'inline' } };

/** Before the user granted a permission: devices have no labels and are numbered. */
export const LabelsHidden: Story = { args: { devices: 'hidden-labels' } };

/** No device of this kind at all. */
export const NoDevices: Story = { args: { devices: 'none' } };
