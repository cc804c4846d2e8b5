import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/spotlight-grid/rtk-spotlight-grid.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { layout?: 'row' | 'column' };

const meta: Meta<Args> = {
  title: 'Meeting/Spotlight grid',
  component: 'rtk-spotlight-grid',
  args: { people: 5, seed: 1, join: true, layout: 'row' },
  argTypes: { ...demoArgTypes, layout: { control: 'inline-radio', options: ['row', 'column'] } },
  render: ({ layout, ...demo }) => {
    const meeting = demoMeeting(demo);
    const [first, ...others] = meeting.director.people;
    return html`<div style="height: 480px">
      <rtk-spotlight-grid
        .meeting=${meeting}
        .pinnedParticipants=${first ? [first] : []}
        .participants=${others}
        layout=${layout ?? 'row'}
      ></rtk-spotlight-grid>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** One person in the spotlight, the others beside. */
export const Beside: Story = {};

/** The others below the spotlight. */
export const Below: Story = { args: { layout: 'column' } };
