import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breakout-rooms-toggle/rtk-breakout-rooms-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { variant?: 'button' | 'horizontal' };

const meta: Meta<Args> = {
  title: 'Breakout rooms/Toggle',
  component: 'rtk-breakout-rooms-toggle',
  args: { seed: 1, join: true, people: 4, preset: 'host', variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'select', options: ['button', 'horizontal'] },
  },
  render: ({ variant, ...demo }) =>
    html`<rtk-breakout-rooms-toggle
      .meeting=${demoMeeting(demo)}
      variant=${variant ?? 'button'}
    ></rtk-breakout-rooms-toggle>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A host's button: opens the breakout rooms. */
export const Host: Story = {};

/** As a menu item (in "More"). */
export const InMenu: Story = { args: { variant: 'horizontal' } };
