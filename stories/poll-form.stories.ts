import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/poll-form/rtk-poll-form.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { maxOptions?: number };

const meta: Meta<Args> = {
  title: 'Polls/Poll form',
  component: 'rtk-poll-form',
  args: { people: 3, seed: 1, join: true, maxOptions: 10 },
  argTypes: {
    ...demoArgTypes,
    maxOptions: {
      control: { type: 'number', min: 2, max: 20 },
      description: 'Most options a poll may have.',
    },
  },
  render: ({ maxOptions, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="max-inline-size: 360px">
      <rtk-poll-form .meeting=${meeting} .maxOptions=${maxOptions ?? 10}></rtk-poll-form>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host creates a poll: question, options, anonymous, hidden results. */
export const Default: Story = { args: {} };

/** At most three options. */
export const ThreeOptions: Story = { args: { maxOptions: 3 } };
