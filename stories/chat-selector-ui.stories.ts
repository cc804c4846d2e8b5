import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-selector-ui/rtk-chat-selector-ui.js';
import type { ChatGroup } from '../src/events/rtk-chat-group-changed.js';

interface Args {
  groups: ChatGroup[];
  selectedGroupId?: string;
  unreadCounts?: Record<string, number>;
}

const meta: Meta<Args> = {
  title: 'Chat/Chat selector UI',
  component: 'rtk-chat-selector-ui',
  args: {
    groups: [
      { id: 'everyone', name: 'Everyone' },
      { id: 'u1', name: 'Amara Okafor' },
      { id: 'u2', name: 'Jonas Berg' },
    ],
    selectedGroupId: 'everyone',
    unreadCounts: { u2: 3 },
  },
  argTypes: { groups: { control: 'object' }, unreadCounts: { control: 'object' } },
  render: ({ groups, selectedGroupId, unreadCounts }) => html`<div style="max-inline-size: 320px">
    <rtk-chat-selector-ui .groups=${groups} .selectedGroupId=${selectedGroupId} .unreadCounts=${unreadCounts ?? {}}></rtk-chat-selector-ui>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A few conversations, one with unread messages. */
export const Default: Story = {};

/** Enough conversations for a search field. */
export const WithSearch: Story = {
  args: {
    groups: [
      { id: 'everyone', name: 'Everyone' },
      ...['Amara Okafor', 'Jonas Berg', 'Li Wei', 'Sofia Rossi', 'Kenji Sato', 'Maya Cohen'].map(
        (name, i) => ({
          id: `u${i}`,
          name,
        }),
      ),
    ],
  },
};
