import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/grid/rtk-grid.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { aspectRatio?: string; gap?: number; layout?: 'row' | 'column'; gridSize?: number };

const meta: Meta<Args> = {
  title: 'Meeting/Grid',
  component: 'rtk-grid',
  args: { people: 3, seed: 1, join: true, aspectRatio: '16:9', gap: 8, layout: 'row' },
  argTypes: {
    ...demoArgTypes,
    aspectRatio: { control: 'select', options: ['16:9', '4:3', '1:1', '3:4', '9:16'] },
    gap: { control: { type: 'range', min: 0, max: 32, step: 2 } },
    layout: { control: 'inline-radio', options: ['row', 'column'] },
    gridSize: { control: { type: 'number', min: 1, max: 25 } },
  },
  render: ({ aspectRatio, gap, layout, gridSize, ...demo }) => html`<div style="height: 540px">
    <rtk-grid
      .meeting=${demoMeeting(demo)}
      aspect-ratio=${aspectRatio ?? '16:9'}
      gap=${gap ?? 8}
      layout=${layout ?? 'row'}
      grid-size=${ifDefined(gridSize)}
    ></rtk-grid>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Just you. */
export const Alone: Story = { args: { people: 0 } };

/** A one-to-one call. */
export const TwoPeople: Story = { args: { people: 1 } };

/** Six people: three by two in a wide box. */
export const SixPeople: Story = { args: { people: 5 } };

/** Twenty-five people: the grid shows the active ones (the preset's maximum) and you. */
export const TwentyFivePeople: Story = { args: { people: 24 } };

/** Twenty-five people, but at most four tiles (`grid-size`). */
export const LimitedGridSize: Story = { args: { people: 24, gridSize: 4 } };

/** Square tiles with a wider gap. */
export const SquareTiles: Story = { args: { people: 5, aspectRatio: '1:1', gap: 16 } };
