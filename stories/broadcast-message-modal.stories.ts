import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/broadcast-message-modal/rtk-broadcast-message-modal.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRooms } from './helpers/breakout.js';

type Args = DemoArgs & { rooms?: string[] };

const meta: Meta<Args> = {
  title: 'Breakout rooms/Broadcast message',
  component: 'rtk-broadcast-message-modal',
  args: { seed: 1, join: true, people: 4, preset: 'host', rooms: ['Design', 'Research'] },
  argTypes: {
    ...demoArgTypes,
    rooms: { control: 'object', description: 'Rooms running, by title.' },
  },
  render: ({ rooms, ...demo }) =>
    html`<rtk-broadcast-message-modal
      .meeting=${withRooms(demoMeeting(demo), rooms ?? [])}
      .states=${{ activeBroadcastMessageModal: true }}
    ></rtk-broadcast-message-modal>`,
};
export default meta;

type Story = StoryObj<Args>;

/** To every room, or one. */
export const Open: Story = {};

/** No rooms yet: it says so. */
export const NoRooms: Story = { args: { rooms: [] } };
