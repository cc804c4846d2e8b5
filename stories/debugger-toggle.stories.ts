import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/debugger-toggle/rtk-debugger-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { variant?: 'button' | 'horizontal' };

const meta: Meta<Args> = {
  title: 'Diagnostics/Debugger toggle',
  component: 'rtk-debugger-toggle',
  args: { seed: 1, join: true, people: 2, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ variant, ...demo }) =>
    html`<rtk-debugger-toggle .meeting=${demoMeeting(demo)} variant=${variant ?? 'button'}></rtk-debugger-toggle>`,
};
export default meta;

/** In the control bar. */
export const Default: StoryObj<Args> = {};

/** As an item of the "More" menu. */
export const Horizontal: StoryObj<Args> = { args: { variant: 'horizontal' } };
