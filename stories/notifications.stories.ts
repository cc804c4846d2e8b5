import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/notifications/rtk-notifications.js';
import type { RtkNotificationDetail } from '../src/events/rtk-notification.js';

type Args = { notifications: RtkNotificationDetail[] };

const meta: Meta<Args> = {
  title: 'Meeting/Notifications',
  component: 'rtk-notifications',
  args: {
    notifications: [
      { id: '1', message: 'Recording started', variant: 'info' },
      { id: '2', message: 'Your microphone is back on', variant: 'success' },
      { id: '3', message: 'Turn on camera failed: Failed to get video track', variant: 'error' },
    ],
  },
  render: ({ notifications }) => html`<div style="padding: 16px; max-width: 420px">
    <rtk-notifications .notifications=${notifications}></rtk-notifications>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Info, success and error. */
export const Mixed: Story = {};

/** Nothing to show (the live regions stay). */
export const Empty: Story = { args: { notifications: [] } };
