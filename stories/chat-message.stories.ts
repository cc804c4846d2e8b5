import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-message/rtk-chat-message.js';
import { textMessage } from './helpers/chat-messages.js';

type Args = {
  text?: string;
  isSelf?: boolean;
  canEdit?: boolean;
  canDelete?: boolean;
  canPin?: boolean;
  isContinued?: boolean;
};

const meta: Meta<Args> = {
  title: 'Chat/Chat message (deprecated)',
  component: 'rtk-chat-message',
  args: { text: 'Ready when you are.', canPin: true },
  render: ({ text, isSelf, canEdit, canDelete, canPin, isContinued }) =>
    html`<div style="inline-size: 360px"><rtk-chat-message
      .message=${textMessage(text ?? '')}
      .isSelf=${Boolean(isSelf)}
      .canEdit=${Boolean(canEdit)}
      .canDelete=${Boolean(canDelete)}
      .canPin=${Boolean(canPin)}
      .isContinued=${Boolean(isContinued)}
    ></rtk-chat-message></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Someone's message, pinnable. */
export const Default: Story = { args: {} };

/** An own message that can be edited and deleted. */
export const Own: Story = { args: { isSelf: true, canEdit: true, canDelete: true } };
