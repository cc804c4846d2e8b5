import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participant/rtk-participant.js';
import '../src/components/virtualized-participant-list/rtk-virtualized-participant-list.js';
import type { Peer } from '../src/meeting/participant.js';
import { demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { itemHeight?: number };

const meta: Meta<Args> = {
  title: 'People/Virtualized participant list',
  component: 'rtk-virtualized-participant-list',
  args: { people: 1000, seed: 1, join: true, itemHeight: 48 },
  argTypes: {
    people: {
      control: { type: 'range', min: 0, max: 5000, step: 1 },
      description: 'Remote people in the room.',
    },
    itemHeight: { control: 'number' },
  },
  render: ({ itemHeight, ...demo }) => {
    const meeting = demoMeeting(demo);
    // Everyone in the room (known before the story's meeting has finished joining).
    const items = meeting.director.people;
    const renderItem = (p: Peer) =>
      html`<rtk-participant .meeting=${meeting} .participant=${p}></rtk-participant>`;
    return html`<div style="block-size: 420px; inline-size: 360px">
      <rtk-virtualized-participant-list
        .meeting=${meeting}
        .items=${items}
        .renderItem=${renderItem}
        item-height=${itemHeight ?? 48}
        label="Participants"
      ></rtk-virtualized-participant-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A thousand people: only the rows in view exist. */
export const Thousand: Story = {};

/** Taller rows. */
export const TallRows: Story = { args: { people: 200, itemHeight: 64 } };
