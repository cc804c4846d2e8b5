import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/idle-screen/rtk-idle-screen.js';
import type { IdleScreenVariant } from '../src/components/idle-screen/idle-screen.js';

type Args = { variant: IdleScreenVariant };

const meta: Meta<Args> = {
  title: 'Meeting/Idle screen',
  component: 'rtk-idle-screen',
  args: { variant: 'loading' },
  argTypes: { variant: { control: 'select', options: ['loading', 'no-meeting', 'waiting'] } },
  render: ({ variant }) => html`<div style="height: 360px">
    <rtk-idle-screen variant=${variant}></rtk-idle-screen>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Waiting for the meeting object. */
export const Loading: Story = {};

/** In the waiting room. */
export const Waiting: Story = { args: { variant: 'waiting' } };

/** The meeting object cannot be used. */
export const NoMeeting: Story = { args: { variant: 'no-meeting' } };

/** The default slot (official): the page's own loading view replaces the screen. */
export const Slotted: Story = {
  render: () => html`<div style="height: 360px">
    <rtk-idle-screen
      ><p style="display: grid; place-items: center; block-size: 100%; margin: 0">
        Warming up the studio…
      </p></rtk-idle-screen
    >
  </div>`,
};
