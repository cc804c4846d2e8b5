import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat/rtk-chat.js';
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
