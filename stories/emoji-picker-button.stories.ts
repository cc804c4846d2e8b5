import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/emoji-picker-button/rtk-emoji-picker-button.js';

interface Args {
  isActive: boolean;
}

const meta: Meta<Args> = {
  title: 'Chat/Emoji picker button',
  component: 'rtk-emoji-picker-button',
  args: { isActive: false },
  render: ({ isActive }) =>
    html`<rtk-emoji-picker-button .isActive=${isActive}></rtk-emoji-picker-button>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Closed picker. */
export const Default: Story = {};

/** Open picker. */
export const Active: Story = { args: { isActive: true } };
