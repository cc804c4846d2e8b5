import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/meeting-title/rtk-meeting-title.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Meeting title',
  component: 'rtk-meeting-title',
  args: { people: 2, seed: 1, join: true, ...{ title: 'Weekly sync' } },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-meeting-title .meeting=${demoMeeting(demo)}></rtk-meeting-title></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
