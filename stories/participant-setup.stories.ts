import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participant-setup/rtk-participant-setup.js';
import { demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs;

const meta: Meta<Args> = {
  title: 'Meeting/Participant setup',
  component: 'rtk-participant-setup',
  args: { seed: 1, name: 'Ada', audio: true, video: true },
  argTypes: {
    name: { control: 'text', description: 'Local name.' },
    audio: { control: 'boolean', description: 'Local microphone on.' },
    video: { control: 'boolean', description: 'Local camera on.' },
  },
  render: (args) => html`<div style="width: 480px">
    <rtk-participant-setup .meeting=${demoMeeting(args)}></rtk-participant-setup>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Your camera, mirrored, with your name and the audio visualizer. */
export const CameraOn: Story = {};

/** Camera off: your avatar. */
export const CameraOff: Story = { args: { video: false } };

/** The default slot (official): the page's note after the preview. */
export const Slotted: Story = {
  render: (args) => html`<div style="width: 480px">
    <rtk-participant-setup .meeting=${demoMeeting(args)}
      ><p>Your background is blurred for everyone.</p></rtk-participant-setup
    >
  </div>`,
};
