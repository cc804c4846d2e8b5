import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participant/rtk-participant.js';
import { demoMeeting, demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';
import '../src/components/menu-item/rtk-menu-item.js';

type Args = PersonArgs & { self?: boolean; host?: boolean };

const meta: Meta<Args> = {
  title: 'People/Participant',
  component: 'rtk-participant',
  args: {
    seed: 1,
    preset: 'host',
    personName: 'Amara Okafor',
    personAudio: true,
    personVideo: true,
  },
  argTypes: {
    ...personArgTypes,
    seed: { control: 'number' },
    preset: { control: 'select', options: ['host', 'participant', 'webinar-host'] },
    self: { control: 'boolean', description: 'Show your own row.' },
  },
  render: ({ self, ...person }) => {
    const remote = self ? undefined : demoPerson(person);
    const meeting =
      remote?.meeting ??
      demoMeeting({ seed: person.seed, preset: person.preset, join: true, people: 0 });
    return html`<div style="inline-size: 360px">
      <rtk-participant .meeting=${meeting} .participant=${remote?.person ?? meeting.self}></rtk-participant>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A remote person with microphone and camera on; a host sees the actions menu. */
export const Default: Story = {};

/** Muted, camera off. */
export const MediaOff: Story = {
  args: { personName: 'Kwame Mensah', personAudio: false, personVideo: false },
};

/** Pinned. */
export const Pinned: Story = { args: { personName: 'Chen Wei', pinned: true } };

/** Seen by a participant: only pin is offered. */
export const AsParticipant: Story = { args: { preset: 'participant', personName: 'Priya Raman' } };

/** Your own row: "(you)" and the host badge. */
export const Self: Story = { args: { self: true } };

/** A very long name is cut with an ellipsis. */
export const LongName: Story = { args: { personName: 'Maximilian von Hohenberg-Adlersfeld' } };

/** The default slot (official): the page's menu items after the built-in ones. */
export const Slotted: Story = {
  render: (args) => {
    const { meeting, person: remote } = demoPerson(args);
    return html`<div style="inline-size: 360px">
      <rtk-participant .meeting=${meeting} .participant=${remote}
        ><rtk-menu-item>Send a private note</rtk-menu-item></rtk-participant
      >
    </div>`;
  },
};
