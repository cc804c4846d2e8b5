import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mixed-grid/rtk-mixed-grid.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

type Args = StageArgs & {
  layout?: 'row' | 'column';
  /** How many people share their screen (the first `shares` remote people). */
  shares?: number;
  /** Plugins open on the stage. */
  plugins?: string[];
};

const meta: Meta<Args> = {
  title: 'Meeting/Mixed grid',
  component: 'rtk-mixed-grid',
  args: { people: 4, seed: 1, join: true, shareFirst: true, layout: 'row' },
  argTypes: {
    ...demoArgTypes,
    ...stageArgTypes,
    layout: { control: 'inline-radio', options: ['row', 'column'] },
    shares: {
      control: { type: 'range', min: 1, max: 3, step: 1 },
      description: 'People sharing their screen.',
    },
    plugins: {
      control: 'check',
      options: ['whiteboard', 'notes', 'timer'],
      description: 'Open plugins (each gets a tab).',
    },
  },
  render: ({ layout, shares, plugins, ...stage }) => {
    const meeting = stageMeeting(stage);
    const people = meeting.director.people;
    const sharers = people.slice(0, Math.max(1, shares ?? 1));
    // Shares and plugins start the way the meeting starts them (director events), then show on tabs.
    for (const p of sharers.slice(1))
      if (!p.screenShareEnabled) meeting.director.setScreenShare(p.id, true);
    for (const plugin of plugins ?? []) meeting.director.plugins.activate(plugin);
    // (They open once the local user is in the room; the grid is handed the plugin objects now.)
    const open = (meeting.plugins?.all.toArray() ?? []).filter((p) =>
      (plugins ?? []).some((id) => p.id.endsWith(`:${id}`)),
    );
    return html`<div style="height: 480px">
      <rtk-mixed-grid
        .meeting=${meeting}
        .screenShareParticipants=${sharers}
        .plugins=${open}
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

/** Two people share their screens and a whiteboard is open: a tab bar switches between them. */
export const SharesAndPlugin: Story = { args: { seed: 2, shares: 2, plugins: ['whiteboard'] } };
