import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/polls/rtk-polls.js';
import { demoArgTypes, type DemoArgs } from './helpers/demo.js';
import { pollsMeeting, type StoryPoll } from './helpers/polls.js';

type Args = DemoArgs & { polls?: StoryPoll[]; liveVotes?: number; size?: Size };

const lunch: StoryPoll = {
  from: 'Amara Okafor',
  question: 'Where should we go for the team lunch?',
  options: ['Noodle bar', 'Tapas', 'Falafel place'],
  votes: 7,
  weights: [3, 2, 1],
};
const retro: StoryPoll = {
  from: 'Lena Fischer',
  question: 'How did this sprint feel?',
  options: ['Great', 'Fine', 'Rough'],
  anonymous: true,
  hideVotes: true,
  votes: 9,
};

const meta: Meta<Args> = {
  title: 'Polls/Polls',
  component: 'rtk-polls',
  args: { people: 12, seed: 3, join: true },
  argTypes: {
    ...demoArgTypes,
    polls: {
      control: 'object',
      description: 'Polls in the room (who asks, question, options, settings, votes).',
    },
    liveVotes: {
      control: { type: 'range', min: 0, max: 30 },
      description: 'People voting on the newest poll over time.',
    },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ polls, liveVotes, size, ...demo }) => {
    const { meeting } = pollsMeeting(demo, polls, liveVotes);
    return html`<div style="max-inline-size: 360px; block-size: 640px; overflow: auto">
      <rtk-polls .meeting=${meeting} .size=${size}></rtk-polls>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No polls yet; a host may create one. */
export const Empty: Story = { args: {} };

/** Two polls: a named one and an anonymous one with results hidden until you vote. */
export const WithPolls: Story = { args: { polls: [lunch, retro] } };

/** A poll being voted live: results, counts and percentages move as people vote. */
export const LiveVoting: Story = {
  args: {
    people: 24,
    polls: [
      {
        from: 'Amara Okafor',
        question: 'Ship the release today?',
        options: ['Yes', 'Tomorrow', 'Next week'],
        weights: [4, 2, 1],
      },
    ],
    liveVotes: 24,
  },
};

/** A webinar viewer: may vote, may not create. */
export const Viewer: Story = { args: { preset: 'webinar-viewer', polls: [lunch] } };

/** The tag alone, given only `.meeting`, with one poll in the room. */
export const Alone: Story = {
  args: { polls: [lunch] },
  render: ({ polls, people, seed, join }) => {
    const { meeting } = pollsMeeting({ people, seed, join, title: 'Team sync' }, polls);
    return html`<div style="max-inline-size: 360px; block-size: 640px; overflow: auto"><rtk-polls .meeting=${meeting}></rtk-polls></div>`;
  },
};
