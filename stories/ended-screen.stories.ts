import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ended-screen/rtk-ended-screen.js';
import type { LeaveRoomState } from '../src/meeting/media.js';
import { demoMeeting, leaveReasons } from './helpers/demo.js';

type Args = { reason: LeaveRoomState };

const meta: Meta<Args> = {
  title: 'Meeting/Ended screen',
  component: 'rtk-ended-screen',
  args: { reason: 'left' },
  argTypes: {
    reason: {
      control: 'select',
      options: leaveReasons,
      description: 'Why the meeting ended for you (`states.roomLeftState`).',
    },
  },
  render: ({ reason }) => html`<div style="height: 360px">
    <rtk-ended-screen .meeting=${demoMeeting({ seed: 1 })} .states=${{ roomLeftState: reason }}></rtk-ended-screen>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** You left. */
export const Left: Story = {};

/** The host ended the meeting. */
export const Ended: Story = { args: { reason: 'ended' } };

/** The host removed you. */
export const Kicked: Story = { args: { reason: 'kicked' } };

/** Not let in from the waiting room. */
export const Rejected: Story = { args: { reason: 'rejected' } };

/** The network dropped and did not come back. */
export const Disconnected: Story = { args: { reason: 'disconnected' } };

/** The meeting could not be joined or kept going. */
export const Failed: Story = { args: { reason: 'failed' } };
