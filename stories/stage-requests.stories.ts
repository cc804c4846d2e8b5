import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/stage-requests/rtk-stage-requests.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRequests } from './helpers/stage-requests.js';

type Args = DemoArgs & { pending?: number; pageSize?: number };

const meta: Meta<Args> = {
  title: 'People/Stage requests',
  component: 'rtk-stage-requests',
  args: { people: 8, seed: 1, join: true, preset: 'webinar-host', pending: 3 },
  argTypes: {
    ...demoArgTypes,
    pending: {
      control: { type: 'range', min: 0, max: 500, step: 1 },
      description: 'Viewers asking for the stage.',
    },
    pageSize: { control: 'number', description: 'Rows shown at first and added by "Show more".' },
  },
  render: ({ pending, pageSize, ...demo }) => {
    const meeting = withRequests(demoMeeting(demo), pending ?? 0);
    return html`<div style="max-width: 420px">
      <rtk-stage-requests .meeting=${meeting} page-size=${pageSize ?? 50}></rtk-stage-requests>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A webinar host with three viewers asking to speak. */
export const Pending: Story = {};

/** No one has asked yet. */
export const Empty: Story = { args: { pending: 0 } };

/** A long queue, shown 20 rows at a time (set `people` and `pending` to 500 and more to try a big one). */
export const LongQueue: Story = { args: { people: 70, pending: 60, pageSize: 20 } };

/** The tag alone, given only `.meeting`: two viewers asking to join the stage. */
export const Alone: Story = {
  args: { seed: 2, pending: 2 },
  render: ({ pending, people, seed, join, preset }) => {
    const meeting = withRequests(demoMeeting({ people, seed, join, preset }), pending ?? 0);
    return html`<div style="max-width: 420px"><rtk-stage-requests .meeting=${meeting}></rtk-stage-requests></div>`;
  },
};
