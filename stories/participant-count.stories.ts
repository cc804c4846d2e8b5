import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participant-count/rtk-participant-count.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Participant count',
  component: 'rtk-participant-count',
  args: { seed: 1, join: true, people: 4 },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-participant-count .meeting=${demoMeeting(demo)}></rtk-participant-count></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
