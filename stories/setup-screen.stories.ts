import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/setup-screen/rtk-setup-screen.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Setup screen',
  component: 'rtk-setup-screen',
  args: { people: 3, seed: 1, title: 'Weekly design review', name: 'Ada Lovelace' },
  argTypes: demoArgTypes,
  render: (args) => html`<div style="height: 560px">
    <rtk-setup-screen .meeting=${demoMeeting(args)}></rtk-setup-screen>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** Ready to join: preview, name, microphone and camera. */
export const Default: Story = {};

/** Camera off before joining: your initials instead of the preview. */
export const CameraOff: Story = { args: { video: false } };

/** The preset fixes your name. */
export const NameLocked: Story = { args: { permissions: { canEditDisplayName: false } } };

/** A webinar viewer: microphone and camera need the stage. */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer' } };
