import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/mic-toggle/rtk-mic-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { variant?: 'button' | 'horizontal'; size?: Size };

const meta: Meta<Args> = {
  title: 'Meeting/Mic toggle',
  component: 'rtk-mic-toggle',
  args: { people: 3, seed: 1, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ variant, size, ...demo }) => html`<div style="padding-top: 48px">
    <rtk-mic-toggle .meeting=${demoMeeting(demo)} .variant=${variant ?? 'button'} .size=${size}></rtk-mic-toggle>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The microphone is on. */
export const On: Story = {};

/** The microphone is off. */
export const Off: Story = { args: { audio: false } };

/** The preset does not allow it: disabled, with the reason. */
export const NotAllowed: Story = {
  args: { audio: false, permissions: { canProduceAudio: 'NOT_ALLOWED' } },
};

/** A webinar viewer must join the stage first. */
export const NeedsStage: Story = { args: { preset: 'webinar-viewer' } };

/** Icon beside the label, as in a menu or a wide bar. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };
