import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/logo/rtk-logo.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Logo',
  component: 'rtk-logo',
  args: { people: 2, seed: 1, join: true, ...{} },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-logo .meeting=${demoMeeting(demo)} logo-url="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2280%22 height=%2224%22%3E%3Crect width=%2280%22 height=%2224%22 fill=%22%23888%22/%3E%3C/svg%3E"></rtk-logo></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
