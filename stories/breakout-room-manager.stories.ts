import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/breakout-room-manager/rtk-breakout-room-manager.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  title?: string;
  mode?: 'create' | 'edit' | 'view';
  assigning?: boolean;
  dragging?: boolean;
  expanded?: boolean;
};

const meta: Meta<Args> = {
  title: 'Breakout rooms/Room',
  component: 'rtk-breakout-room-manager',
  args: {
    seed: 1,
    join: true,
    people: 4,
    title: 'Design crit',
    mode: 'create',
    assigning: false,
    dragging: false,
    expanded: true,
  },
  argTypes: {
    ...demoArgTypes,
    title: { control: 'text', description: "The room's name." },
    mode: { control: 'select', options: ['create', 'edit', 'view'] },
    assigning: { control: 'boolean', description: 'People are selected elsewhere.' },
    dragging: { control: 'boolean', description: 'People are being dragged.' },
    expanded: { control: 'boolean', description: 'Show its people.' },
  },
  render: ({ title, mode, assigning, dragging, expanded, ...demo }) => {
    const meeting = demoMeeting(demo);
    const ids = meeting.director.people.slice(0, 2).map((p) => p.userId);
    return html`<rtk-breakout-room-manager
      .meeting=${meeting}
      .room=${{ id: 'room-1', title: title ?? '', participantIds: ids }}
      .mode=${mode ?? 'create'}
      .assigningParticipants=${assigning ?? false}
      .isDragMode=${dragging ?? false}
      .defaultExpanded=${expanded ?? true}
      .allowDelete=${true}
      .allowJoin=${mode === 'edit' || mode === 'view'}
      .selectedParticipantIds=${[]}
    ></rtk-breakout-room-manager>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A room of a plan: rename, take people out, delete. */
export const Draft: Story = {};

/** A running room while people are selected: "Move here" and "Join". */
export const Running: Story = { args: { mode: 'edit', assigning: true } };

/** People are being dragged: where to drop them. */
export const DropTarget: Story = { args: { dragging: true, expanded: false } };

/** For someone who may only join it. */
export const JoinOnly: Story = { args: { mode: 'view', expanded: false } };
