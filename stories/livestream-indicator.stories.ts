import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/livestream-indicator/rtk-livestream-indicator.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Livestream indicator',
  component: 'rtk-livestream-indicator',
  args: { people: 2, seed: 1, join: true, ...{ preset: 'livestream-host' } },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-livestream-indicator .meeting=${demoMeeting(demo)}></rtk-livestream-indicator></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
