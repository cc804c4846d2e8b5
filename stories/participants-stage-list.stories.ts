import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants-stage-list/rtk-participants-stage-list.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { speakers?: number; search?: string };

const meta: Meta<Args> = {
  title: 'People/Participants stage list',
  component: 'rtk-participants-stage-list',
  args: { people: 8, seed: 3, join: true, preset: 'webinar-host', speakers: 2, search: '' },
  argTypes: {
    ...demoArgTypes,
    speakers: {
      control: { type: 'range', min: 0, max: 7, step: 1 },
      description: 'Viewers brought on stage.',
    },
    search: { control: 'text', description: 'Filter by name.' },
  },
  render: ({ speakers, search, ...demo }) => {
    const meeting = demoMeeting(demo);
    const viewers = meeting.director.people.filter((p) => p.presetName === 'webinar-viewer');
    for (const p of viewers.slice(0, speakers ?? 0)) meeting.director.stage.join(p.id);
    return html`<div style="max-width: 420px">
      <rtk-participants-stage-list .meeting=${meeting} .search=${search ?? ''}></rtk-participants-stage-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host sees the speakers and may take them off the stage. */
export const Host: Story = {};

/** A viewer sees who is speaking, without controls. */
export const Viewer: Story = { args: { preset: 'webinar-viewer' } };
