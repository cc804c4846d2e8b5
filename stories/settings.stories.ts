import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/settings/rtk-settings.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { deviceArgTypes, withDevices, type DeviceScenario } from './helpers/devices.js';

type Args = DemoArgs & {
  devices?: DeviceScenario;
  effectLabel?: string;
  section?: 'audio' | 'video';
  size?: Size;
};

const meta: Meta<Args> = {
  title: 'Settings/Settings',
  component: 'rtk-settings',
  args: { people: 2, seed: 1, join: true, devices: 'default', effectLabel: '', section: 'audio' },
  argTypes: {
    ...demoArgTypes,
    ...deviceArgTypes,
    section: { control: 'inline-radio', options: ['audio', 'video'] },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({
    devices,
    effectLabel,
    section,
    size,
    ...demo
  }) => html`<div style="max-width: 44rem; padding: 16px; background: #1a1a1a">
    <rtk-settings
      .meeting=${withDevices(demoMeeting({ ...demo, devices } as DemoArgs), devices, effectLabel)}
      .section=${section ?? 'audio'}
      .size=${size}
    ></rtk-settings>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The audio section. */
export const Audio: Story = {};

/** The video section, with the demo blur offered. */
export const VideoWithEffects: Story = { args: { section: 'video', effectLabel: 'Blur' } };

/** Small screens: the tabs sit above the content. */
export const Small: Story = { args: { size: 'sm' } };

/** Before a permission was granted: numbered devices. */
export const LabelsHidden: Story = { args: { devices: 'hidden-labels' } };
