import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/raise-hand-toggle/rtk-raise-hand-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRaisedHands } from './helpers/hands.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Raise hand toggle',
  component: 'rtk-raise-hand-toggle',
  args: { seed: 1, join: true, people: 4, preset: 'participant' },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<rtk-raise-hand-toggle .meeting=${demoMeeting(demo)}></rtk-raise-hand-toggle>`,
};
export default meta;

/** In a joined demo meeting: click to raise your hand; it lowers when you speak. */
export const Default: StoryObj<DemoArgs> = {};

/** A host while two people have a hand up: the count opens the queue. */
export const HostWithHands: StoryObj<DemoArgs> = {
  args: { preset: 'host' },
  render: (demo) =>
    html`<div style="padding: 12px">
      <rtk-raise-hand-toggle .meeting=${withRaisedHands(demoMeeting(demo))}></rtk-raise-hand-toggle>
    </div>`,
};
