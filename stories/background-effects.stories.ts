import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/background-effects/rtk-background-effects.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { frame } from './helpers/frame.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Background effects',
  component: 'rtk-background-effects',
  args: { seed: 1, join: true, people: 4 },
  argTypes: { ...demoArgTypes },
  // Painted like the settings' video section it sits in (it has no background of its own).
  render: (demo) =>
    frame(
      {},
      html`<rtk-background-effects .meeting=${demoMeeting(demo)}></rtk-background-effects>`,
    ),
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
