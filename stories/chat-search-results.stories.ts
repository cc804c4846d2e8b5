import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-search-results/rtk-chat-search-results.js';
import { scriptChat } from './helpers/chat-messages.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { lines?: string[]; query?: string };

const meta: Meta<Args> = {
  title: 'Chat/Chat search results',
  component: 'rtk-chat-search-results',
  args: {
    people: 2,
    seed: 8,
    join: true,
    query: 'deck',
    lines: ['The deck is ready', 'Lunch at noon?', 'Updated the deck again'],
  },
  argTypes: { ...demoArgTypes, query: { control: 'text' }, lines: { control: 'object' } },
  render: ({ lines, query, ...demo }) => {
    const meeting = demoMeeting(demo);
    scriptChat(meeting, lines ?? []);
    return html`<div style="inline-size: 360px"><rtk-chat-search-results .meeting=${meeting} .query=${query ?? ''}></rtk-chat-search-results></div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Messages containing "deck". */
export const Default: Story = { args: {} };
