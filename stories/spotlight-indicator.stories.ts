import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import '../src/components/mixed-grid/rtk-mixed-grid.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

type Args = StageArgs & {
  /** Sync is on (hosts only: `permissions.canSpotlight`). */
  syncing?: boolean;
  /** A remote host syncs their view and shows the second screen share. */
  hostSyncs?: boolean;
};

const meta: Meta<Args> = {
  title: 'Meeting/Spotlight indicator (Sync)',
  component: 'rtk-spotlight-indicator',
  args: { people: 3, seed: 1, join: true, shareFirst: true, preset: 'host', syncing: false },
  argTypes: {
    ...demoArgTypes,
    ...stageArgTypes,
    syncing: { control: 'boolean', description: 'Sync is on (hosts only).' },
    hostSyncs: {
      control: 'boolean',
      description: 'A remote host syncs their view and shows the second screen share.',
    },
  },
  render: ({ syncing, hostSyncs, ...stage }) => {
    const meeting = stageMeeting(stage);
    const people = meeting.director.people;
    const [first, second] = people;
    if (second && !second.screenShareEnabled) meeting.director.setScreenShare(second.id, true);
    if (syncing && !meeting.meta.broadcastTabChanges) meeting.meta.setBroadcastTabChanges(true);
    if (hostSyncs && first && second)
      setTimeout(() => meeting.director.syncTab(first.id, { type: 'screenshare', id: second.id }));
    // The mixed grid shows one above its stage; here the app places its own above the grid (and
    // hides the grid's through its part), so the tag itself is what the story shows.
    return html`<style>
        .spotlight-story rtk-mixed-grid::part(spotlight-indicator) {
          display: none;
        }
      </style>
      <div class="spotlight-story" style="display: grid; gap: 8px">
        <rtk-spotlight-indicator .meeting=${meeting} style="justify-self: end"></rtk-spotlight-indicator>
        <div style="height: 380px">
          <rtk-mixed-grid
            .meeting=${meeting}
            .screenShareParticipants=${[first, second].filter(Boolean)}
            .participants=${people}
          ></rtk-mixed-grid>
        </div>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host sees the Sync toggle above the stage, off. */
export const HostSyncOff: Story = {};

/** Sync on: everyone sees the tab the host picks. */
export const HostSyncOn: Story = { args: { syncing: true } };

/** A participant whose host syncs their view: "Following the host's view". */
export const Following: Story = { args: { preset: 'participant', hostSyncs: true } };

/** The tag alone, for a host. */
export const Alone: Story = {
  render: (stage) =>
    html`<rtk-spotlight-indicator .meeting=${stageMeeting(stage)}></rtk-spotlight-indicator>`,
};
