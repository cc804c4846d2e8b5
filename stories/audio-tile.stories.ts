import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/audio-tile/rtk-audio-tile.js';
import { demoArgTypes, demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';

const meta: Meta<PersonArgs> = {
  title: 'Meeting/Audio tile',
  component: 'rtk-audio-tile',
  args: { seed: 1, personAudio: true },
  argTypes: { ...demoArgTypes, ...personArgTypes },
  render: (args) => {
    const { meeting, person } = demoPerson(args);
    return html`<div style="width: 200px; height: 180px">
      <rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<PersonArgs>;

/** Microphone on. */
export const MicOn: Story = {};

/** Microphone off. */
export const Muted: Story = { args: { personName: 'Kenji Watanabe', personAudio: false } };

/** Speaking: the ring follows their voice. */
export const Speaking: Story = { args: { personName: 'Lucia Fernández', speaking: true } };

/** The default slot (official): the page's badge inside the tile, after the name. */
export const Slotted: Story = {
  render: (args) => {
    const { meeting, person } = demoPerson(args);
    return html`<div style="width: 200px; height: 180px">
      <rtk-audio-tile .meeting=${meeting} .participant=${person}><small>Speaker</small></rtk-audio-tile>
    </div>`;
  },
};
