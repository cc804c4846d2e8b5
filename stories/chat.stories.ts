import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat/rtk-chat.js';
import { scriptChat } from './helpers/chat-messages.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Chat/Chat',
  component: 'rtk-chat',
  args: { people: 3, seed: 1, join: true },
  argTypes: { ...demoArgTypes },
  render: (demo) => html`<div style="block-size: 560px; max-inline-size: 380px">
    <rtk-chat .meeting=${demoMeeting(demo)}></rtk-chat>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** Everyone can chat, publicly or privately. */
export const Default: Story = {};

/** Private chat is off: no conversation selector. */
export const PublicOnly: Story = {
  args: { permissions: { chat: { private: { canSend: false, canReceive: false } } } },
};

/** The user may only read. */
export const ReadOnly: Story = { args: { permissions: { chat: { public: { canSend: false } } } } };

/**
 * The tag alone, given only `.meeting`: it provides the meeting to its header, selector, list and
 * composer itself. A few messages from the people in the room.
 */
export const Alone: Story = {
  args: { seed: 2 },
  render: (demo) => {
    const meeting = demoMeeting(demo);
    scriptChat(meeting, [
      'Morning, all!',
      'The agenda is in the doc.',
      'Can we start with the budget?',
    ]);
    return html`<div style="block-size: 560px; max-inline-size: 380px"><rtk-chat .meeting=${meeting}></rtk-chat></div>`;
  },
};
