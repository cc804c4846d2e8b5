import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/viewer-count/rtk-viewer-count.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Viewer count',
  component: 'rtk-viewer-count',
  args: { people: 2, seed: 1, join: true, ...{ preset: 'livestream-host' } },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div style="padding: 8px; background: #1a1a1a"><rtk-viewer-count .meeting=${demoMeeting(demo)}></rtk-viewer-count></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
