import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/grid-pagination/rtk-grid-pagination.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageMeeting, type StageArgs } from './helpers/stage.js';

type Args = StageArgs & { variant?: 'solid' | 'rounded' };

const meta: Meta<Args> = {
  title: 'Meeting/Grid pagination',
  component: 'rtk-grid-pagination',
  args: { people: 99, seed: 1, join: true, paginated: true, variant: 'solid' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['solid', 'rounded'] },
  },
  render: ({ variant, ...stage }) =>
    html`<rtk-grid-pagination .meeting=${stageMeeting(stage)} variant=${variant ?? 'solid'}></rtk-grid-pagination>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A hundred people in pages of ten. */
export const HundredPeople: Story = {};

/** The rounded look. */
export const Rounded: Story = { args: { variant: 'rounded', people: 30 } };
