import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants-waiting-list/rtk-participants-waiting-list.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { once } from './helpers/people.js';

type Args = DemoArgs & { knocking?: number; showEmpty?: boolean };

const meta: Meta<Args> = {
  title: 'People/Waiting list',
  component: 'rtk-participants-waiting-list',
  args: { people: 2, seed: 1, join: true, preset: 'host', knocking: 3, showEmpty: false },
  argTypes: {
    ...demoArgTypes,
    knocking: {
      control: { type: 'range', min: 0, max: 20, step: 1 },
      description: 'People in the waiting room.',
    },
    showEmpty: { control: 'boolean' },
  },
  render: ({ knocking, showEmpty, ...demo }) => {
    const meeting = demoMeeting({ ...demo, seed: (demo.seed ?? 1) + (knocking ?? 0) * 100 });
    once(meeting, () => {
      for (let i = 0; i < (knocking ?? 0); i++) meeting.director.knock();
    });
    return html`<div style="inline-size: 360px">
      <rtk-participants-waiting-list .meeting=${meeting} ?show-empty=${showEmpty ?? false}></rtk-participants-waiting-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Three people knock: accept, reject, or accept all. */
export const Knocking: Story = {};

/** One person: no "Accept all". */
export const One: Story = { args: { knocking: 1 } };

/** No one waiting, with the empty text. */
export const Empty: Story = { args: { knocking: 0, showEmpty: true } };
