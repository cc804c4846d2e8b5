import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat/rtk-chat.js';
import { chatOutboxOf } from '../src/internal/chat-outbox.js';
import { afterJoin, scriptChat } from './helpers/chat-messages.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Chat/Chat',
  component: 'rtk-chat',
  args: { people: 3, seed: 1, join: true },
  argTypes: { ...demoArgTypes },
  render: (demo) => html`<div style="block-size: 560px; max-inline-size: 380px">
    <rtk-chat .meeting=${demoMeeting(demo)}></rtk-chat>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** Everyone can chat, publicly or privately. */
export const Default: Story = {};

/** Private chat is off: no conversation selector. */
export const PublicOnly: Story = {
  args: { permissions: { chat: { private: { canSend: false, canReceive: false } } } },
};

/** The user may only read. */
export const ReadOnly: Story = { args: { permissions: { chat: { public: { canSend: false } } } } };

/**
 * The tag alone, given only `.meeting`: it provides the meeting to its header, selector, list and
 * composer itself. A few messages from the people in the room.
 */
export const Alone: Story = {
  args: { seed: 2 },
  render: (demo) => {
    const meeting = demoMeeting(demo);
    scriptChat(meeting, [
      'Morning, all!',
      'The agenda is in the doc.',
      'Can we start with the budget?',
    ]);
    return html`<div style="block-size: 560px; max-inline-size: 380px"><rtk-chat .meeting=${meeting}></rtk-chat></div>`;
  },
};

/**
 * Confirmed by echo: the first message never got its echo (the demo's server refused it), so it
 * shows "Not delivered" with Retry and Delete, its text kept; the second is still "Sending…".
 */
export const NotDelivered: StoryObj<DemoArgs & { unsent?: string[] }> = {
  args: { seed: 3, unsent: ['Did my message reach you?', 'Are you there?'] },
  render: ({ unsent = [], ...demo }) => {
    const meeting = demoMeeting(demo);
    const outbox = chatOutboxOf(meeting);
    const [lost = '', waiting = ''] = unsent;
    afterJoin(meeting, () => {
      const from = meeting.director.people[0]?.name;
      if (from) meeting.director.chat.send(from, 'Shall we start?');
      meeting.director.failNext('chat', 2);
      outbox.timeoutMs = 0;
      void outbox
        .send({ kind: 'text', text: lost, conversation: 'everyone' })
        .then(() => {
          outbox.timeoutMs = 3_600_000;
          return outbox.send({ kind: 'text', text: waiting, conversation: 'everyone' });
        })
        .catch(() => undefined);
    });
    return html`<div style="block-size: 560px; max-inline-size: 380px"><rtk-chat .meeting=${meeting}></rtk-chat></div>`;
  },
};

/** Replying: "Reply" on a message quotes it; the reply shows the quote above its text. */
export const Reply: Story = {
  args: { seed: 5 },
  render: (demo) => {
    const meeting = demoMeeting(demo);
    afterJoin(meeting, () => {
      const from = meeting.director.people[0]?.name ?? '';
      meeting.director.chat.send(from, 'Can we move the review to Thursday?');
      void meeting.chat
        .sendTextMessage(
          `<blockquote>${from}\nCan we move the review to Thursday?</blockquote>\n\nThursday works for me.`,
        )
        .catch(() => undefined);
    });
    return html`<div style="block-size: 560px; max-inline-size: 380px"><rtk-chat .meeting=${meeting}></rtk-chat></div>`;
  },
};

/** The slot chat-addon (official): the page's own tool above the message field. */
export const Slotted: Story = {
  render: (demo) => html`<div style="block-size: 560px; max-inline-size: 380px">
    <rtk-chat .meeting=${demoMeeting(demo)}
      ><button slot="chat-addon" type="button">Insert the agenda</button></rtk-chat
    >
  </div>`,
};
