import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/camera-toggle/rtk-camera-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { variant?: 'button' | 'horizontal'; size?: Size };

const meta: Meta<Args> = {
  title: 'Meeting/Camera toggle',
  component: 'rtk-camera-toggle',
  args: { people: 3, seed: 1, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ variant, size, ...demo }) => html`<div style="padding-top: 48px">
    <rtk-camera-toggle .meeting=${demoMeeting(demo)} .variant=${variant ?? 'button'} .size=${size}></rtk-camera-toggle>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The camera is on. */
export const On: Story = {};

/** The camera is off. */
export const Off: Story = { args: { video: false } };

/** The preset does not allow it: disabled, with the reason. */
export const NotAllowed: Story = {
  args: { video: false, permissions: { canProduceVideo: 'NOT_ALLOWED' } },
};

/** A webinar viewer must join the stage first. */
export const NeedsStage: Story = { args: { preset: 'webinar-viewer' } };

/** Icon beside the label, as in a menu or a wide bar. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };
