import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-composer-view/rtk-chat-composer-view.js';

interface Args {
  canSendFiles: boolean;
  canSendTextMessage: boolean;
  disableEmojiPicker: boolean;
  isEditing: boolean;
  isSending: boolean;
  maxLength: number;
  message: string;
  quotedMessage: string;
  quotedAuthor: string;
}

const meta: Meta<Args> = {
  title: 'Chat/Chat composer view',
  component: 'rtk-chat-composer-view',
  args: {
    canSendFiles: true,
    canSendTextMessage: true,
    disableEmojiPicker: false,
    isEditing: false,
    isSending: false,
    maxLength: 2000,
    message: '',
    quotedMessage: '',
    quotedAuthor: '',
  },
  render: (args) => html`<div style="max-inline-size: 380px; padding-block-start: 320px">
    <rtk-chat-composer-view
      storage-key="story"
      .canSendFiles=${args.canSendFiles}
      .canSendTextMessage=${args.canSendTextMessage}
      .disableEmojiPicker=${args.disableEmojiPicker}
      .isEditing=${args.isEditing}
      .isSending=${args.isSending}
      .maxLength=${args.maxLength}
      .message=${args.message}
      .quotedMessage=${args.quotedMessage}
      .quotedAuthor=${args.quotedAuthor}
    ></rtk-chat-composer-view>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Ready to write. */
export const Default: Story = {};

/** Editing a message. */
export const Editing: Story = { args: { isEditing: true, message: 'See you at 3 pm' } };

/** Only text (no file pickers). */
export const TextOnly: Story = { args: { canSendFiles: false } };

/** Replying: the quoted message above the field, with a button to dismiss it. */
export const Replying: Story = {
  args: { quotedMessage: 'Can we move the review to Thursday?', quotedAuthor: 'Ana Ruiz' },
};

/** The slots chat-addon and chat-buttons (official): a note above, a button after the emoji one. */
export const Slotted: Story = {
  render: () => html`<div style="max-inline-size: 380px; padding-block-start: 320px">
    <rtk-chat-composer-view storage-key="story-slots" can-send-files can-send-text-message
      ><small slot="chat-addon">Markdown works: **bold**, _italic_</small
      ><button slot="chat-buttons" type="button">GIF</button></rtk-chat-composer-view
    >
  </div>`,
};
