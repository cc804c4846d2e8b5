import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/grid/rtk-grid.js';
import '../src/components/stage/rtk-stage.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Stage',
  component: 'rtk-stage',
  args: { people: 3, seed: 1, join: true },
  argTypes: { ...demoArgTypes },
  render: (args) => html`<div style="height: 420px; display: flex">
    <rtk-stage style="flex: 1" .meeting=${demoMeeting(args)}>
      <rtk-grid .meeting=${demoMeeting(args)}></rtk-grid>
    </rtk-stage>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** The stage hosting the grid, as in every layout of `rtk-meeting`. */
export const WithGrid: Story = {};

/** An empty stage. */
export const Empty: Story = { args: { people: 0, join: false } };
