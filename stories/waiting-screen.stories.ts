import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/waiting-screen/rtk-waiting-screen.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Waiting screen',
  component: 'rtk-waiting-screen',
  args: { people: 3, seed: 1, title: 'Weekly design review', waitingRoom: true, join: true },
  argTypes: demoArgTypes,
  render: (args) => html`<div style="height: 420px">
    <rtk-waiting-screen .meeting=${demoMeeting(args)}></rtk-waiting-screen>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** In the waiting room: the host has not let you in yet. */
export const Waiting: Story = {};

/** The host turned you away. */
export const Rejected: Story = { args: { leaveAs: 'rejected' } };

/** The default slot (official): the page's own waiting view replaces the screen. */
export const Slotted: Story = {
  render: (args) => html`<div style="height: 420px">
    <rtk-waiting-screen .meeting=${demoMeeting(args)}
      ><p style="display: grid; place-items: center; block-size: 100%; margin: 0">
        Grab a coffee: the host lets you in shortly.
      </p></rtk-waiting-screen
    >
  </div>`,
};
