import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breakout-room-participants/rtk-breakout-room-participants.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { selected?: number };

const meta: Meta<Args> = {
  title: 'Breakout rooms/People',
  component: 'rtk-breakout-room-participants',
  args: { seed: 1, join: true, people: 5, selected: 2 },
  argTypes: {
    ...demoArgTypes,
    selected: { control: 'number', description: 'How many of them are selected.' },
  },
  render: ({ selected, ...demo }) => {
    const meeting = demoMeeting(demo);
    const ids = meeting.director.people.map((p) => p.userId);
    return html`<rtk-breakout-room-participants
      .meeting=${meeting}
      .participantIds=${ids}
      .selectedParticipantIds=${ids.slice(0, selected ?? 0)}
    ></rtk-breakout-room-participants>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** People still to be placed, two of them selected. */
export const Selecting: Story = {};

/** Nobody left to place. */
export const Empty: Story = { args: { people: 0, selected: 0 } };
