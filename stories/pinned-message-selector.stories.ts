import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pinned-message-selector/rtk-pinned-message-selector.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { afterJoin } from './helpers/chat-messages.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { pinnedLines?: string[] };

const pinnedDone = new WeakSet<DemoMeeting>();

const meta: Meta<Args> = {
  title: 'Chat/Pinned message selector',
  component: 'rtk-pinned-message-selector',
  args: {
    people: 2,
    seed: 6,
    join: true,
    pinnedLines: ['Agenda: intro, demo, questions', 'Slides are in the shared folder'],
  },
  argTypes: { ...demoArgTypes, pinnedLines: { control: 'object' } },
  render: ({ pinnedLines, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (!pinnedDone.has(meeting)) {
      pinnedDone.add(meeting);
      afterJoin(meeting, () => {
        const from = meeting.director.people[0]?.name;
        if (!from) return;
        for (const line of pinnedLines ?? [])
          meeting.director.chat.pin(meeting.director.chat.send(from, line).id);
      });
    }
    return html`<div style="inline-size: 360px"><rtk-pinned-message-selector .meeting=${meeting}></rtk-pinned-message-selector></div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Two pinned messages. */
export const Default: Story = { args: {} };

/** The default slot (official): the page's note after the pinned messages. */
export const Slotted: Story = {
  render: ({ pinnedLines, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (!pinnedDone.has(meeting)) {
      pinnedDone.add(meeting);
      afterJoin(meeting, () => {
        const from = meeting.director.people[0]?.name;
        if (!from) return;
        for (const line of pinnedLines ?? [])
          meeting.director.chat.pin(meeting.director.chat.send(from, line).id);
      });
    }
    return html`<div style="inline-size: 360px">
      <rtk-pinned-message-selector .meeting=${meeting}
        ><small>Pins stay for everyone in the meeting.</small></rtk-pinned-message-selector
      >
    </div>`;
  },
};
