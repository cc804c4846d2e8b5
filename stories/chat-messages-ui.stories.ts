import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-messages-ui/rtk-chat-messages-ui.js';
import { manyMessages } from './helpers/chat-messages.js';

type Args = { count?: number; lines?: string[]; canPinMessages?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Chat messages UI (deprecated)',
  component: 'rtk-chat-messages-ui',
  args: { count: 30, lines: ['Morning!', 'Coffee first', 'Agenda is up'], canPinMessages: false },
  render: ({ count, lines, canPinMessages }) =>
    html`<div style="block-size: 400px; inline-size: 360px; display: flex; flex-direction: column">
      <rtk-chat-messages-ui .messages=${manyMessages(count ?? 0, lines ?? ['…'])} self-user-id="u-1" .canPinMessages=${Boolean(canPinMessages)}></rtk-chat-messages-ui>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A list of given messages. */
export const Default: Story = { args: {} };
