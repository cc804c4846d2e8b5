import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/leave-button/rtk-leave-button.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs & { variant?: 'button' | 'horizontal' }> = {
  title: 'Meeting/Leave button',
  component: 'rtk-leave-button',
  args: { people: 1, seed: 1, join: true, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ variant, ...demo }) => html`<div style="padding-top: 48px">
    <rtk-leave-button .meeting=${demoMeeting(demo)} .variant=${variant ?? 'button'}></rtk-leave-button>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs & { variant?: 'button' | 'horizontal' }>;

/** In a meeting: leaves it. */
export const Default: Story = {};

/** Icon beside the label. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };
