import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/file-message/rtk-file-message.js';
import { fileMessage } from './helpers/chat-messages.js';

type Args = { name?: string; fileSize?: number };

const meta: Meta<Args> = {
  title: 'Chat/File message (deprecated)',
  component: 'rtk-file-message',
  args: { name: 'notes.txt', fileSize: 2048 },
  render: ({ name, fileSize }) =>
    html`<div style="inline-size: 320px"><rtk-file-message .message=${fileMessage(name ?? '', fileSize ?? 0, 'data:text/plain,notes')}></rtk-file-message></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A file message with its sender. */
export const Default: Story = { args: {} };
