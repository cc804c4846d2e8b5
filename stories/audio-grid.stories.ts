import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/audio-grid/rtk-audio-grid.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { hideSelf?: boolean };

const meta: Meta<Args> = {
  title: 'Meeting/Audio grid',
  component: 'rtk-audio-grid',
  args: { people: 6, seed: 1, join: true, preset: 'audio-room', hideSelf: false },
  argTypes: { ...demoArgTypes, hideSelf: { control: 'boolean' } },
  render: ({ hideSelf, ...demo }) => html`<div style="height: 420px">
    <rtk-audio-grid .meeting=${demoMeeting(demo)} ?hide-self=${hideSelf}></rtk-audio-grid>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An audio room of seven. */
export const AudioRoom: Story = {};

/** People talk and toggle their microphones on their own. */
export const Lively: Story = { args: { lively: true } };

/** Without your own tile. */
export const HideSelf: Story = { args: { hideSelf: true } };

const staged = new WeakSet<DemoMeeting>();

/** A host on stage, and two people who only listen: on stage first, listeners after. */
export const StageAndListeners: Story = {
  render: ({ hideSelf, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (!staged.has(meeting)) {
      staged.add(meeting);
      meeting.director.addPerson({ name: 'Alan Turing', presetName: 'host' });
      for (const person of meeting.director.people.slice(0, 2)) person.setStageStatus('OFF_STAGE');
    }
    return html`<div style="height: 420px">
      <rtk-audio-grid .meeting=${meeting} ?hide-self=${hideSelf}></rtk-audio-grid>
    </div>`;
  },
};

/** A laptop-sized stage: large avatars that fill it. */
export const Laptop: Story = {
  render: ({ hideSelf, ...demo }) => html`<div style="height: 653px; max-inline-size: 1264px">
    <rtk-audio-grid .meeting=${demoMeeting(demo)} ?hide-self=${hideSelf}></rtk-audio-grid>
  </div>`,
};

/**
 * The default slot (official): the page's own note after the tiles. The grid fills its box, so
 * the page lays the note over its bottom edge.
 */
export const Slotted: Story = {
  render: ({ hideSelf, ...demo }) => html`<div style="height: 420px; position: relative">
    <rtk-audio-grid .meeting=${demoMeeting(demo)} ?hide-self=${hideSelf}
      ><p style="position: absolute; inset-block-end: 8px; inset-inline: 0; margin: 0; text-align: center">
        Music room: cameras stay off
      </p></rtk-audio-grid
    >
  </div>`,
};
