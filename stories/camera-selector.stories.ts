import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/camera-selector/rtk-camera-selector.js';
import { deviceSelectorStories, type DeviceSelectorArgs } from './helpers/devices.js';

const meta: Meta<DeviceSelectorArgs> = {
  title: 'Settings/Camera selector',
  component: 'rtk-camera-selector',
  ...deviceSelectorStories('rtk-camera-selector'),
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
