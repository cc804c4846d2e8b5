import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/poll/rtk-poll.js';
import { demoArgTypes, type DemoArgs } from './helpers/demo.js';
import { pollsMeeting, type StoryPoll } from './helpers/polls.js';

type Args = DemoArgs & { poll?: StoryPoll; liveVotes?: number };

const meta: Meta<Args> = {
  title: 'Polls/Poll',
  component: 'rtk-poll',
  args: {
    people: 12,
    seed: 5,
    join: true,
    poll: {
      from: 'Amara Okafor',
      question: 'Which day suits the offsite?',
      options: ['Tuesday', 'Wednesday', 'Thursday'],
      votes: 6,
      weights: [1, 3, 2],
    },
  },
  argTypes: {
    ...demoArgTypes,
    poll: {
      control: 'object',
      description: 'The poll: who asks, question, options, settings, votes.',
    },
    liveVotes: {
      control: { type: 'range', min: 0, max: 30 },
      description: 'People voting over time.',
    },
  },
  render: ({ poll, liveVotes, ...demo }) => {
    const { meeting, ids } = pollsMeeting(demo, poll ? [poll] : [], liveVotes);
    const id = ids[0];
    return html`<div style="max-inline-size: 360px">
      <rtk-poll .meeting=${meeting} poll-id=${id ?? ''}></rtk-poll>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Open for your vote, results visible. */
export const Open: Story = { args: {} };

/** Votes coming in live while you decide. */
export const LiveVoting: Story = { args: { people: 20, liveVotes: 14 } };

/** Anonymous, results hidden until you vote. */
export const HiddenResults: Story = {
  args: {
    poll: {
      from: 'Lena Fischer',
      question: 'Rate the new release process',
      options: ['Better', 'Same', 'Worse'],
      anonymous: true,
      hideVotes: true,
      votes: 8,
    },
  },
};

/** Without `canVote`: results only. */
export const ResultsOnly: Story = { args: { permissions: { polls: { canVote: false } } } };
