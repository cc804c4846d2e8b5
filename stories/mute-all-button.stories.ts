import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mute-all-button/rtk-mute-all-button.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { variant?: 'button' | 'horizontal' };

const meta: Meta<Args> = {
  title: 'People/Mute all button',
  component: 'rtk-mute-all-button',
  args: { people: 4, seed: 1, join: true, preset: 'host', variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ variant, ...demo }) =>
    html`<rtk-mute-all-button .meeting=${demoMeeting(demo)} variant=${variant ?? 'button'}></rtk-mute-all-button>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A host sees it; clicking asks for confirmation. */
export const Default: Story = {};

/** Beside its label, as in menus. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };
