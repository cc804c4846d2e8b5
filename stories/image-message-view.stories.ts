import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/image-message-view/rtk-image-message-view.js';
import { demoPng } from './helpers/chat-messages.js';

type Args = { authorName?: string; unsafe?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Image message view',
  component: 'rtk-image-message-view',
  args: { authorName: 'Amara Okafor' },
  render: ({ authorName, unsafe }) =>
    html`<rtk-image-message-view .url=${unsafe ? 'data:text/html,x' : demoPng()} .authorName=${authorName}></rtk-image-message-view>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An image; activate it to open the viewer. */
export const Default: Story = { args: {} };

/** An unsafe address is written out as text. */
export const Unsafe: Story = { args: { unsafe: true } };
