import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tab-bar/rtk-tab-bar.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { shares?: number; plugins?: string[]; layout?: 'row' | 'column' };

const meta: Meta<Args> = {
  title: 'Meeting/Tab bar',
  component: 'rtk-tab-bar',
  args: { seed: 8, people: 3, join: true, shares: 2, plugins: ['whiteboard'], layout: 'row' },
  argTypes: {
    ...demoArgTypes,
    shares: {
      control: { type: 'range', min: 0, max: 3, step: 1 },
      description: 'People sharing their screen.',
    },
    plugins: {
      control: 'check',
      options: ['whiteboard', 'notes', 'timer'],
      description: 'Open plugins.',
    },
    layout: { control: 'inline-radio', options: ['row', 'column'] },
  },
  render: ({ shares, plugins, layout, ...demo }) => {
    const meeting = demoMeeting(demo);
    meeting.director.people.forEach((p, i) => {
      if (i < (shares ?? 0) && !p.screenShareEnabled) meeting.director.setScreenShare(p.id, true);
    });
    for (const plugin of plugins ?? []) meeting.director.plugins.activate(plugin);
    return html`<rtk-tab-bar .meeting=${meeting} layout=${layout ?? 'row'}></rtk-tab-bar>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Two people share their screens and a whiteboard is open. */
export const SharesAndPlugin: Story = {};

/** Stacked, for a narrow side column. */
export const Column: Story = {
  args: { seed: 9, layout: 'column', shares: 1, plugins: ['notes', 'timer'] },
};

/** One screen share only. */
export const OneShare: Story = { args: { seed: 10, shares: 1, plugins: [] } };
