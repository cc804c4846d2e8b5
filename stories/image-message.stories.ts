import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/image-message/rtk-image-message.js';
import { demoPng, imageMessage } from './helpers/chat-messages.js';

type Args = { isContinued?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Image message (deprecated)',
  component: 'rtk-image-message',
  args: {},
  render: ({ isContinued }) =>
    html`<rtk-image-message .message=${imageMessage(demoPng())} .isContinued=${Boolean(isContinued)}></rtk-image-message>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An image message with its sender. */
export const Default: Story = { args: {} };
