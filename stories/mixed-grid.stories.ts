import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mixed-grid/rtk-mixed-grid.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

type Args = StageArgs & { layout?: 'row' | 'column' };

const meta: Meta<Args> = {
  title: 'Meeting/Mixed grid',
  component: 'rtk-mixed-grid',
  args: { people: 4, seed: 1, join: true, shareFirst: true, layout: 'row' },
  argTypes: { ...demoArgTypes, ...stageArgTypes, layout: { control: 'inline-radio', options: ['row', 'column'] } },
  render: ({ layout, ...stage }) => {
    const meeting = stageMeeting(stage);
    const people = meeting.director.people;
    return html`<div style="height: 480px">
      <rtk-mixed-grid
        .meeting=${meeting}
        .screenShareParticipants=${people.slice(0, 1)}
        .participants=${people}
        layout=${layout ?? 'row'}
      ></rtk-mixed-grid>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Someone shares their screen; people beside it. */
export const Sharing: Story = {};

/** People below the share. */
export const SharingColumn: Story = { args: { layout: 'column' } };
