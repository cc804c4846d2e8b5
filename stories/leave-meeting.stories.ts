import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/leave-meeting/rtk-leave-meeting.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Leave meeting',
  component: 'rtk-leave-meeting',
  args: { people: 2, seed: 1, join: true, ...{ preset: 'host' } },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-leave-meeting .meeting=${demoMeeting(demo)}></rtk-leave-meeting></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
