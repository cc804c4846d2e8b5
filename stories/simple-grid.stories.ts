import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/simple-grid/rtk-simple-grid.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { aspectRatio?: string; gap?: number };

const meta: Meta<Args> = {
  title: 'Meeting/Simple grid',
  component: 'rtk-simple-grid',
  args: { people: 6, seed: 1, join: true, aspectRatio: '16:9', gap: 8 },
  argTypes: {
    ...demoArgTypes,
    aspectRatio: { control: 'select', options: ['16:9', '4:3', '1:1'] },
    gap: { control: { type: 'range', min: 0, max: 32, step: 2 } },
  },
  render: ({ aspectRatio, gap, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="height: 480px">
      <rtk-simple-grid
        .meeting=${meeting}
        .participants=${meeting.director.people}
        aspect-ratio=${aspectRatio ?? '16:9'}
        gap=${gap ?? 8}
      ></rtk-simple-grid>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Six people given as `participants`. */
export const SixPeople: Story = {};

/** Two people, square tiles. */
export const TwoSquare: Story = { args: { people: 2, aspectRatio: '1:1' } };

/** The official default slot: the page's own content over the tiles (here a caption bar). */
export const Slotted: Story = {
  render: ({ aspectRatio, gap, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="height: 480px">
      <rtk-simple-grid
        .meeting=${meeting}
        .participants=${meeting.director.people}
        aspect-ratio=${aspectRatio ?? '16:9'}
        gap=${gap ?? 8}
        ><p
          style="position: absolute; inset-block-end: 8px; inset-inline: 25%; margin: 0; padding: 4px 8px; border-radius: 8px; background: #000c; color: #fff; text-align: center"
        >
          Recording starts at 10:00
        </p></rtk-simple-grid
      >
    </div>`;
  },
};
