import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/clock/rtk-clock.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Clock',
  component: 'rtk-clock',
  args: { people: 2, seed: 1, join: true, ...{} },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-clock .meeting=${demoMeeting(demo)}></rtk-clock></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
