import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/emoji-picker/rtk-emoji-picker.js';

const meta: Meta = {
  title: 'Chat/Emoji picker',
  component: 'rtk-emoji-picker',
  render: () => html`<rtk-emoji-picker></rtk-emoji-picker>`,
};
export default meta;

type Story = StoryObj;

/** The grid and its search field (the emoji load when it first shows). */
export const Default: Story = {};
