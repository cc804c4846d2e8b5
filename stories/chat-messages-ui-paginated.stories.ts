import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import { scriptChat } from './helpers/chat-messages.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  lines?: string[];
  own?: string[];
  variant?: 'plain' | 'bubble';
  privateWithFirst?: boolean;
};

const meta: Meta<Args> = {
  title: 'Chat/Chat messages (paginated)',
  component: 'rtk-chat-messages-ui-paginated',
  args: {
    people: 3,
    seed: 3,
    join: true,
    variant: 'plain',
    lines: [
      'Hi everyone!',
      'Sharing the **agenda** now:\n- intro\n- demo\n- questions',
      'Docs are at https://example.com/docs',
      'Thanks, `v2` looks good.',
    ],
    own: ['Sounds great, see you there.'],
  },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['plain', 'bubble'] },
    lines: { control: 'object', description: 'Messages the others send after joining.' },
    own: { control: 'object', description: 'Messages you send after joining.' },
  },
  render: ({ lines, own, variant, privateWithFirst, ...demo }) => {
    const meeting = demoMeeting(demo);
    scriptChat(meeting, lines ?? [], { own: own ?? [] });
    const first = meeting.director.people[0];
    const recipient = privateWithFirst && first ? { userId: first.userId, name: first.name } : null;
    return html`<div style="block-size: 480px; inline-size: 380px; display: flex; flex-direction: column">
      <rtk-chat-messages-ui-paginated .meeting=${meeting} .variant=${variant ?? 'plain'} .privateChatRecipient=${recipient}></rtk-chat-messages-ui-paginated>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A conversation with formatting, links, grouping and an own message. */
export const Default: Story = { args: {} };

/** Messages in bubbles. */
export const Bubbles: Story = { args: { variant: 'bubble', seed: 4 } };

/** No messages yet. */
export const Empty: Story = { args: { lines: [], own: [], seed: 5 } };

/** The official default slot: the page's own content after the messages (here a link). */
export const Slotted: Story = {
  args: { seed: 6 },
  render: ({ lines, own, variant, ...demo }) => {
    const meeting = demoMeeting(demo);
    scriptChat(meeting, lines ?? [], { own: own ?? [] });
    return html`<div style="block-size: 480px; inline-size: 380px; display: flex; flex-direction: column">
      <rtk-chat-messages-ui-paginated .meeting=${meeting} .variant=${variant ?? 'plain'}
        ><p style="margin: 8px 12px; color: #c4c4c4">
          Messages are kept for 30 days. <a href="#chat-policy" style="color: #8cb2ff">Chat policy</a>
        </p></rtk-chat-messages-ui-paginated
      >
    </div>`;
  },
};
