import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-header/rtk-chat-header.js';
import { demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { hideClose?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Chat header',
  component: 'rtk-chat-header',
  args: { people: 2, seed: 1, join: true, hideClose: false },
  argTypes: { hideClose: { control: 'boolean' } },
  render: ({ hideClose, ...demo }) => html`<div style="max-inline-size: 380px">
    <rtk-chat-header .meeting=${demoMeeting(demo)} ?hide-close=${hideClose}></rtk-chat-header>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The title and the close button. */
export const Default: Story = {};

/** Inside a sidebar that has its own close button. */
export const WithoutClose: Story = { args: { hideClose: true } };
