import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-composer-ui/rtk-chat-composer-ui.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Chat/Chat composer UI',
  component: 'rtk-chat-composer-ui',
  args: { people: 2, seed: 1, join: true },
  argTypes: { ...demoArgTypes },
  render: (demo) => html`<div style="max-inline-size: 380px; padding-block-start: 320px">
    <rtk-chat-composer-ui .meeting=${demoMeeting(demo)}></rtk-chat-composer-ui>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** Text, files and emoji. */
export const Default: Story = {};

/** Files are not allowed: no pickers, with the reason. */
export const NoFiles: Story = { args: { permissions: { chat: { public: { files: false } } } } };

/** Nothing may be sent. */
export const CannotSend: Story = {
  args: { permissions: { chat: { public: { canSend: false } } } },
};

/** The slots chat-addon and quote-block (official): the page's content above the composer. */
export const Slotted: Story = {
  render: (demo) => html`<div style="max-inline-size: 380px; padding-block-start: 320px">
    <rtk-chat-composer-ui .meeting=${demoMeeting(demo)}
      ><small slot="chat-addon">Be kind: this chat is recorded.</small
      ><blockquote slot="quote-block" style="margin: 4px 8px">“See you at ten”</blockquote></rtk-chat-composer-ui
    >
  </div>`,
};
