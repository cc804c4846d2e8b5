import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ai-toggle/rtk-ai-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { open?: boolean; variant?: 'button' | 'horizontal' };

const meta: Meta<Args> = {
  title: 'Controls/Transcript toggle',
  component: 'rtk-ai-toggle',
  args: { seed: 1, join: true, people: 2, open: false, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    open: { control: 'boolean', description: 'The sidebar shows the transcript.' },
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ open, variant, ...demo }) =>
    html`<rtk-ai-toggle
      .meeting=${demoMeeting(demo)}
      .states=${{ activeSidebar: open, sidebar: 'ai' }}
      variant=${variant ?? 'button'}
    ></rtk-ai-toggle>`,
};
export default meta;

/** Opens the transcript in the sidebar. */
export const Default: StoryObj<Args> = {};

/** The transcript is open: a pressed button. */
export const Open: StoryObj<Args> = { args: { open: true } };
