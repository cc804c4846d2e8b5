import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants-stage-queue/rtk-participants-stage-queue.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRequests } from './helpers/stage-requests.js';

type Args = DemoArgs & { pending?: number };

const meta: Meta<Args> = {
  title: 'People/Participants stage queue',
  component: 'rtk-participants-stage-queue',
  args: { people: 6, seed: 2, join: true, preset: 'webinar-host', pending: 2 },
  argTypes: {
    ...demoArgTypes,
    pending: {
      control: { type: 'range', min: 0, max: 50, step: 1 },
      description: 'Viewers asking for the stage.',
    },
  },
  render: ({ pending, ...demo }) => {
    const meeting = withRequests(demoMeeting(demo), pending ?? 0);
    return html`<div style="max-width: 420px">
      <rtk-participants-stage-queue .meeting=${meeting}></rtk-participants-stage-queue>
    </div>`;
  },
};
export default meta;

/** The host's queue under its official name. */
export const Default: StoryObj<Args> = {};
