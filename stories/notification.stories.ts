import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/notification/rtk-notification.js';
import type { RtkNotificationDetail } from '../src/events/rtk-notification.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  notification: RtkNotificationDetail;
  duration?: number;
  paused?: boolean;
};

const meta: Meta<Args> = {
  title: 'Meeting/Notification',
  component: 'rtk-notification',
  args: {
    notification: { id: 'info', message: 'Recording started', variant: 'info' },
    duration: 60_000,
  },
  argTypes: {
    ...frameArgTypes,
    notification: { control: 'object' },
    duration: {
      control: 'number',
      description: 'Milliseconds before it dismisses itself; 0 keeps it.',
    },
    paused: { control: 'boolean' },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-notification
        style="inline-size: 360px"
        .notification=${args.notification}
        .duration=${args.duration}
        ?paused=${args.paused ?? false}
      ></rtk-notification>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Information, with the bar showing the time left (hover or focus it to pause). */
export const Info: Story = {};

/** Success. */
export const Success: Story = {
  args: { notification: { id: 's', message: 'You are back online', variant: 'success' } },
};

/** An error with actions. */
export const ErrorWithActions: Story = {
  args: {
    notification: {
      id: 'e',
      message: 'Turn on camera failed: Failed to get video track',
      variant: 'error',
      actions: [{ label: 'Try again', handler: () => undefined }],
    },
  },
};

/** Stays until dismissed. */
export const Sticky: Story = { args: { duration: 0 } };

/** Light theme. */
export const Light: Story = { args: { theme: 'light' } };

/** Right to left. */
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    notification: {
      id: 'r',
      message: 'بدأ التسجيل',
      variant: 'info',
      actions: [{ label: 'عرض', handler: () => undefined }],
    },
  },
};
