import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants/rtk-participants.js';
import type { ParticipantsTabId } from '../src/components/participants/participants.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { once } from './helpers/people.js';

type Args = DemoArgs & { knocking?: number; defaultParticipantsTabId?: ParticipantsTabId };

const meta: Meta<Args> = {
  title: 'People/Participants',
  component: 'rtk-participants',
  args: {
    people: 8,
    seed: 1,
    join: true,
    preset: 'host',
    knocking: 0,
    defaultParticipantsTabId: 'participants',
  },
  argTypes: {
    ...demoArgTypes,
    people: {
      control: { type: 'range', min: 0, max: 5000, step: 1 },
      description: 'Remote people in the room.',
    },
    knocking: {
      control: { type: 'range', min: 0, max: 20, step: 1 },
      description: 'People in the waiting room.',
    },
    defaultParticipantsTabId: {
      control: 'select',
      options: ['participants', 'waitlisted', 'requests', 'viewers'],
    },
  },
  render: ({ knocking, defaultParticipantsTabId, ...demo }) => {
    const meeting = demoMeeting(demo);
    once(meeting, () => {
      for (let i = 0; i < (knocking ?? 0); i++) meeting.director.knock();
    });
    return html`<div style="block-size: 520px; inline-size: 360px">
      <rtk-participants .meeting=${meeting} default-participants-tab-id=${defaultParticipantsTabId ?? 'participants'}></rtk-participants>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host in a small meeting: everyone, with their media state and the actions menu. */
export const Host: Story = {};

/** A participant: no waiting room, only pin in the menus. */
export const Participant: Story = { args: { preset: 'participant' } };

/** Three people knock; the waiting room tab is open. */
export const WaitingRoom: Story = { args: { knocking: 3, defaultParticipantsTabId: 'waitlisted' } };

/** A webinar host: on stage, waiting, requests and viewers. */
export const WebinarHost: Story = { args: { preset: 'webinar-host', people: 12 } };

/** A webinar host looking at the viewers. */
export const WebinarViewers: Story = {
  args: { preset: 'webinar-host', people: 12, defaultParticipantsTabId: 'viewers' },
};

/** A large meeting: 1,000 people, rendered as a virtualized list. */
export const Large: Story = { args: { people: 1000 } };

/** The slots start and end (official): the page's invite link above the list, a note below. */
export const Slotted: Story = {
  render: (demo) => html`<div style="block-size: 520px; inline-size: 360px">
    <rtk-participants .meeting=${demoMeeting(demo)}
      ><button slot="start" type="button" style="margin: 8px 16px">Copy invite link</button
      ><p slot="end" style="margin: 8px 16px">Two people joined by phone.</p></rtk-participants
    >
  </div>`,
};
