import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/microphone-selector/rtk-microphone-selector.js';
import { deviceSelectorStories, type DeviceSelectorArgs } from './helpers/devices.js';
import { html } from 'lit';
import { demoMeeting } from './helpers/demo.js';

const meta: Meta<DeviceSelectorArgs> = {
  title: 'Settings/Microphone selector',
  component: 'rtk-microphone-selector',
  ...deviceSelectorStories('rtk-microphone-selector'),
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

/** The slot indicator (official): the page's level meter beside the list. */
export const Slotted: Story = {
  render:
    () => html`<div style="max-inline-size: 360px; padding: 16px; background: #1a1a1a; color: #fff">
    <rtk-microphone-selector .meeting=${demoMeeting({ seed: 1, join: true })}
      ><span slot="indicator" role="img" aria-label="Level: medium">▮▮▯</span></rtk-microphone-selector
    >
  </div>`,
};
