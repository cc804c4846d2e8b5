import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/setup-screen/rtk-setup-screen.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** Script the local devices: the camera blocked, or no devices at all. */
  devices?: 'ok' | 'camera-blocked' | 'none';
};

const scripted = new WeakSet<DemoMeeting>();

function setupMeeting({ devices, ...args }: Args): DemoMeeting {
  const meeting = demoMeeting({
    ...args,
    ...(devices && devices !== 'ok' ? { title: `${args.title} (${devices})` } : {}),
  });
  if (!scripted.has(meeting)) {
    scripted.add(meeting);
    if (devices === 'camera-blocked') void meeting.director.denyMedia('video');
    if (devices === 'none') void meeting.director.removeAllDevices();
  }
  return meeting;
}

const meta: Meta<Args> = {
  title: 'Meeting/Setup screen',
  component: 'rtk-setup-screen',
  args: { people: 3, seed: 1, title: 'Weekly design review', name: 'Ada Lovelace', devices: 'ok' },
  argTypes: {
    ...demoArgTypes,
    devices: {
      control: 'select',
      options: ['ok', 'camera-blocked', 'none'],
      description: 'Local devices.',
    },
  },
  render: (args) => html`<div style="height: 640px">
    <rtk-setup-screen .meeting=${setupMeeting(args)}></rtk-setup-screen>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Ready to join: preview, name, microphone and camera, who is already there. */
export const Default: Story = {};

/** Camera off before joining: your initials instead of the preview. */
export const CameraOff: Story = { args: { video: false } };

/** The browser blocked the camera: how to fix it, per browser. */
export const CameraBlocked: Story = { args: { devices: 'camera-blocked' } };

/** No microphone or camera connected. */
export const NoDevices: Story = { args: { devices: 'none' } };

/** Nobody is in the room yet. */
export const EmptyRoom: Story = { args: { people: 0 } };

/** The preset fixes your name. */
export const NameLocked: Story = { args: { permissions: { canEditDisplayName: false } } };

/** A webinar viewer: no media controls, "you will join as a viewer". */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer' } };

/** The tag alone, given only `.meeting` (not joined yet): preview, devices, who is here, Join. */
export const Alone: Story = {
  render: (args) =>
    html`<div style="min-block-size: 640px"><rtk-setup-screen .meeting=${setupMeeting(args)}></rtk-setup-screen></div>`,
};

/** A short phone (390×664): the preview shrinks, the pickers wait behind "Devices", Join shows. */
export const Phone: Story = {
  render: (args) => html`<div style="inline-size: 390px; block-size: 664px; max-inline-size: 100%">
    <rtk-setup-screen .meeting=${setupMeeting(args)}></rtk-setup-screen>
  </div>`,
};
