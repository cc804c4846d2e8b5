import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breakout-rooms-manager/rtk-breakout-rooms-manager.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRooms } from './helpers/breakout.js';

type Args = DemoArgs & { rooms?: string[] };

const meta: Meta<Args> = {
  title: 'Breakout rooms/Manager',
  component: 'rtk-breakout-rooms-manager',
  args: { seed: 1, join: true, people: 6, preset: 'host', rooms: [] },
  argTypes: {
    ...demoArgTypes,
    rooms: { control: 'object', description: 'Rooms already running, by title.' },
  },
  render: ({ rooms, ...demo }) =>
    html`<rtk-breakout-rooms-manager
      .meeting=${withRooms(demoMeeting(demo), rooms ?? [])}
    ></rtk-breakout-rooms-manager>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A host before any room exists: how many rooms. */
export const Plan: Story = {};

/** Three rooms running: move people, rename, join, broadcast, close them all. */
export const Running: Story = { args: { rooms: ['Design', 'Research', 'Writing'] } };

/** Someone who may switch rooms (not alter them): the rooms to join. */
export const Guest: Story = {
  args: {
    preset: 'participant',
    rooms: ['Design', 'Research'],
    permissions: {
      connectedMeetings: {
        canAlterConnectedMeetings: false,
        canSwitchConnectedMeetings: true,
        canSwitchToParentMeeting: true,
      },
    },
  },
};

/** Someone who may do nothing with rooms. */
export const NotAllowed: Story = { args: { preset: 'participant' } };
