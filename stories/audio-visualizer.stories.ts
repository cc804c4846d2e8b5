import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/audio-visualizer/rtk-audio-visualizer.js';
import { demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';

type Args = PersonArgs & { hideMuted?: boolean };

const meta: Meta<Args> = {
  title: 'Meeting/Audio visualizer',
  component: 'rtk-audio-visualizer',
  args: { seed: 2, personName: 'Sofia Rossi', personAudio: true, speaking: true, hideMuted: false },
  argTypes: {
    ...personArgTypes,
    hideMuted: { control: 'boolean', description: 'Show nothing while muted.' },
  },
  render: ({ hideMuted, ...args }) => {
    const { meeting, person } = demoPerson(args);
    return html`<rtk-audio-visualizer .meeting=${meeting} .participant=${person} ?hide-muted=${hideMuted}></rtk-audio-visualizer>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bars that move with the person's voice. */
export const Speaking: Story = {};

/** Muted: the microphone-off icon. */
export const Muted: Story = {
  args: { personName: 'Priya Raman', personAudio: false, speaking: false },
};
