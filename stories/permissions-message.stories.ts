import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/permissions-message/rtk-permissions-message.js';
import type { PermissionsBrowser } from '../src/components/permissions-message/permissions-message.js';
import type { DemoMeeting } from '../src/demo/index.js';
import type { MediaFailure } from '../src/demo/self.js';
import { demoMeeting } from './helpers/demo.js';

type Args = {
  browser: PermissionsBrowser;
  camera?: MediaFailure;
  microphone?: MediaFailure;
};

const scripted = new WeakSet<DemoMeeting>();

/** A demo meeting whose camera and microphone fail as the args say. */
function blockedMeeting({ camera, microphone }: Args): DemoMeeting {
  const meeting = demoMeeting({
    seed: 1,
    people: 0,
    title: `blocked ${camera ?? ''} ${microphone ?? ''}`,
  });
  if (!scripted.has(meeting)) {
    scripted.add(meeting);
    if (camera) void meeting.director.denyMedia('video', camera);
    if (microphone) void meeting.director.denyMedia('audio', microphone);
  }
  return meeting;
}

const failures: MediaFailure[] = ['DENIED', 'COULD_NOT_START', 'NO_DEVICES_AVAILABLE'];

const meta: Meta<Args> = {
  title: 'Meeting/Permissions message',
  component: 'rtk-permissions-message',
  args: { browser: 'chrome', camera: 'DENIED' },
  argTypes: {
    browser: {
      control: 'select',
      options: ['chrome', 'edge', 'firefox', 'safari', 'other'],
      description: 'Whose steps to show.',
    },
    camera: {
      control: 'select',
      options: [undefined, ...failures],
      description: 'How the camera fails.',
    },
    microphone: {
      control: 'select',
      options: [undefined, ...failures],
      description: 'How the microphone fails.',
    },
  },
  render: (args) => html`<div style="max-width: 32rem">
    <rtk-permissions-message browser=${args.browser} .meeting=${blockedMeeting(args)}></rtk-permissions-message>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The site was denied the camera, in Chrome. */
export const CameraBlockedChrome: Story = {};

/** Both blocked, in Firefox. */
export const BothBlockedFirefox: Story = { args: { browser: 'firefox', microphone: 'DENIED' } };

/** Safari's steps. */
export const CameraBlockedSafari: Story = { args: { browser: 'safari' } };

/** Another app holds the camera. */
export const CameraInUse: Story = { args: { camera: 'COULD_NOT_START' } };

/** No camera or microphone connected. */
export const NoDevices: Story = {
  args: { camera: 'NO_DEVICES_AVAILABLE', microphone: 'NO_DEVICES_AVAILABLE' },
};

/** The default slot (official): the page's own help link at the end of the box. */
export const Slotted: Story = {
  render: (args) => html`<div style="max-width: 32rem">
    <rtk-permissions-message browser=${args.browser} .meeting=${blockedMeeting(args)}
      ><p style="margin: 8px 16px">
        Still stuck? <a href="#help" style="color: inherit">Read our help page</a>
      </p></rtk-permissions-message
    >
  </div>`,
};
