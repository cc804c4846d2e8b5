import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/text-message-view/rtk-text-message-view.js';

type Args = { text?: string; isMarkdown?: boolean };

const meta: Meta<Args> = {
  title: 'Chat/Text message view',
  component: 'rtk-text-message-view',
  args: { text: 'Meet at **ten**,\nroom 4.', isMarkdown: true },
  render: ({ text, isMarkdown }) =>
    html`<div style="inline-size: 320px"><rtk-text-message-view .text=${text ?? ''} .isMarkdown=${isMarkdown ?? true}></rtk-text-message-view></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Formatted. */
export const Default: Story = { args: {} };

/** Plain text, line breaks kept. */
export const Plain: Story = { args: { isMarkdown: false } };
