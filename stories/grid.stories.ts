import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/grid/rtk-grid.js';
import '../src/components/spotlight-grid/rtk-spotlight-grid.js';
import '../src/components/mixed-grid/rtk-mixed-grid.js';
import '../src/components/audio-grid/rtk-audio-grid.js';
import '../src/components/grid-pagination/rtk-grid-pagination.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

type Args = StageArgs & {
  aspectRatio?: string;
  gap?: number;
  layout?: 'row' | 'column';
  gridSize?: number;
  spotlight?: boolean;
};

const meta: Meta<Args> = {
  title: 'Meeting/Grid',
  component: 'rtk-grid',
  args: { people: 3, seed: 1, join: true, aspectRatio: '16:9', gap: 8, layout: 'row' },
  argTypes: {
    ...demoArgTypes,
    ...stageArgTypes,
    people: {
      control: { type: 'range', min: 0, max: 100, step: 1 },
      description: 'Remote people in the room.',
    },
    aspectRatio: { control: 'select', options: ['16:9', '4:3', '1:1', '3:4', '9:16'] },
    gap: { control: { type: 'range', min: 0, max: 32, step: 2 } },
    layout: { control: 'inline-radio', options: ['row', 'column'] },
    gridSize: { control: { type: 'number', min: 1, max: 25 } },
    spotlight: {
      control: 'boolean',
      description: 'The config asks for the spotlight (`config.gridLayout`).',
    },
  },
  render: ({
    aspectRatio,
    gap,
    layout,
    gridSize,
    spotlight,
    ...stage
  }) => html`<div style="height: 540px">
    <rtk-grid
      .meeting=${stageMeeting(stage)}
      .config=${spotlight ? { gridLayout: 'spotlight' } : undefined}
      aspect-ratio=${aspectRatio ?? '16:9'}
      gap=${gap ?? 8}
      layout=${layout ?? 'row'}
      grid-size=${ifDefined(gridSize)}
    ></rtk-grid>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Just you. */
export const Alone: Story = { args: { people: 0 } };

/** A one-to-one call. */
export const TwoPeople: Story = { args: { people: 1 } };

/** Six people: three by two in a wide box. */
export const SixPeople: Story = { args: { people: 5 } };

/** Twenty-five people: the grid shows the active ones (the preset's maximum) and you. */
export const TwentyFivePeople: Story = { args: { people: 24 } };

/** A hundred people, paged: the pagination below the tiles turns pages. */
export const HundredPeoplePaged: Story = { args: { people: 99, paginated: true } };

/** Twenty-five people, but at most four tiles (`grid-size`). */
export const LimitedGridSize: Story = { args: { people: 24, gridSize: 4 } };

/** Square tiles with a wider gap. */
export const SquareTiles: Story = { args: { people: 5, aspectRatio: '1:1', gap: 16 } };

/** Someone is pinned: the spotlight layout. */
export const SomeonePinned: Story = { args: { people: 5, pinFirst: true } };

/** The config asks for the spotlight: the last active speaker is featured. */
export const SpeakerSpotlight: Story = { args: { people: 5, spotlight: true, speakFirst: true } };

/** Someone shares their screen: the share large, people beside it. */
export const SomeoneSharing: Story = { args: { people: 5, shareFirst: true } };

/** Sharing with the people below the share (`layout="column"`). */
export const SharingColumn: Story = { args: { people: 5, shareFirst: true, layout: 'column' } };

/** An audio room: avatars, names and microphones. */
export const AudioRoom: Story = { args: { people: 6, preset: 'audio-room' } };
