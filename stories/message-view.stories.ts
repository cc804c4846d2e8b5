import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/message-view/rtk-message-view.js';
import '../src/components/text-message-view/rtk-text-message-view.js';

type Args = {
  authorName?: string;
  text?: string;
  isSelf?: boolean;
  isEdited?: boolean;
  pinned?: boolean;
  variant?: 'plain' | 'bubble';
  hideAuthorName?: boolean;
  withActions?: boolean;
};

const meta: Meta<Args> = {
  title: 'Chat/Message view',
  component: 'rtk-message-view',
  args: {
    authorName: 'Amara Okafor',
    text: 'See you **at ten**.',
    variant: 'plain',
    withActions: true,
  },
  argTypes: { variant: { control: 'inline-radio', options: ['plain', 'bubble'] } },
  render: ({
    authorName,
    text,
    isSelf,
    isEdited,
    pinned,
    variant,
    hideAuthorName,
    withActions,
  }) => {
    const actions = withActions ? [{ id: 'reply', label: 'Reply', icon: 'reply' }] : [];
    return html`<div style="inline-size: 360px">
      <rtk-message-view
        .authorName=${authorName ?? ''}
        .time=${new Date(2026, 0, 15, 10, 30)}
        .isSelf=${Boolean(isSelf)}
        .isEdited=${Boolean(isEdited)}
        .pinned=${Boolean(pinned)}
        .variant=${variant ?? 'plain'}
        .hideAuthorName=${Boolean(hideAuthorName)}
        .actions=${actions}
        ><rtk-text-message-view .text=${text ?? ''}></rtk-text-message-view
      ></rtk-message-view>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A message with its sender, time and an action menu. */
export const Default: Story = { args: {} };

/** Edited and pinned marks, in a bubble. */
export const EditedPinned: Story = {
  args: { isEdited: true, pinned: true, variant: 'bubble', isSelf: true },
};

/** A continued message: no name. */
export const Continued: Story = { args: { hideAuthorName: true, withActions: false } };
