import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/recording-indicator/rtk-recording-indicator.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Recording indicator',
  component: 'rtk-recording-indicator',
  args: { people: 2, seed: 1, join: true, ...{} },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-recording-indicator .meeting=${demoMeeting(demo)}></rtk-recording-indicator></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
