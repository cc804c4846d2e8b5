import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/reactions-toggle/rtk-reactions-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Reactions toggle',
  component: 'rtk-reactions-toggle',
  args: { seed: 1, join: true, people: 4 },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<rtk-reactions-toggle .meeting=${demoMeeting(demo)}></rtk-reactions-toggle>`,
};
export default meta;

/** In a joined demo meeting: opens the picker; the reaction floats for everyone. */
export const Default: StoryObj<DemoArgs> = {};

/** A picker of other reactions (`emojis`). */
export const OwnReactions: StoryObj<DemoArgs> = {
  render: (demo) =>
    html`<rtk-reactions-toggle
      .meeting=${demoMeeting(demo)}
      .emojis=${['🚀', '✅', '❓']}
    ></rtk-reactions-toggle>`,
};
