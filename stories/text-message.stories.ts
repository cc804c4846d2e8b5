import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/text-message/rtk-text-message.js';
import { textMessage } from './helpers/chat-messages.js';

type Args = { text?: string; isContinued?: boolean; showBubble?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Text message (deprecated)',
  component: 'rtk-text-message',
  args: { text: 'Hello **there**' },
  render: ({ text, isContinued, showBubble }) =>
    html`<div style="inline-size: 320px"><rtk-text-message .message=${textMessage(text ?? '')} .isContinued=${Boolean(isContinued)} .showBubble=${Boolean(showBubble)}></rtk-text-message></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A text message with its sender. */
export const Default: Story = { args: {} };

/** In a bubble. */
export const Bubble: Story = { args: { showBubble: true } };
