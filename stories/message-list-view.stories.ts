import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/message-list-view/rtk-message-list-view.js';
import '../src/components/chat-message/rtk-chat-message.js';
import type { Message } from '../src/meeting/chat.js';
import { manyMessages } from './helpers/chat-messages.js';

type Args = { count?: number; lines?: string[] };

const meta: Meta<Args> = {
  title: 'Chat/Message list view',
  component: 'rtk-message-list-view',
  args: {
    count: 200,
    lines: ['Good morning', 'Here is the plan', 'Looks right to me', 'One more thing'],
  },
  argTypes: {
    count: { control: { type: 'range', min: 0, max: 10000, step: 100 } },
    lines: { control: 'object' },
  },
  render: ({ count, lines }) => {
    const messages = manyMessages(count ?? 0, lines ?? ['…']);
    const renderer = (m: unknown) =>
      html`<rtk-chat-message .message=${m as Message} disable-controls></rtk-chat-message>`;
    return html`<div style="block-size: 420px; inline-size: 360px; display: flex; flex-direction: column">
      <rtk-message-list-view .messages=${messages} .renderer=${renderer}></rtk-message-list-view>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Two hundred messages, anchored to the newest. */
export const Default: Story = { args: {} };

/** Ten thousand messages: only the visible rows are rendered. */
export const TenThousand: Story = { args: { count: 10000 } };

/** Nothing yet. */
export const Empty: Story = { args: { count: 0 } };
