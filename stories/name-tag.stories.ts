import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/name-tag/rtk-name-tag.js';
import { demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';

type Args = PersonArgs & { host?: boolean; variant?: 'solid' | 'gradient' };

const meta: Meta<Args> = {
  title: 'Meeting/Name tag',
  component: 'rtk-name-tag',
  args: { seed: 1, personName: 'Amara Okafor', personAudio: true, variant: 'solid' },
  argTypes: {
    ...personArgTypes,
    variant: { control: 'inline-radio', options: ['solid', 'gradient'] },
  },
  render: ({ variant, ...args }) => {
    const { meeting, person } = demoPerson(args);
    return html`<rtk-name-tag .meeting=${meeting} .participant=${person} variant=${variant ?? 'solid'}></rtk-name-tag>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A person's name. */
export const Default: Story = {};

/** Muted: the microphone-off icon before the name. */
export const Muted: Story = { args: { personName: 'Priya Raman', personAudio: false } };

/** Pinned: a pin after the name. */
export const Pinned: Story = { args: { personName: 'Chen Wei', pinned: true } };

/** A gradient backdrop. */
export const Gradient: Story = { args: { personName: 'Lucía García', variant: 'gradient' } };

/** The official `start` and `end` slots: a role badge before the name, a status after it. */
export const Slotted: Story = {
  render: ({ variant, ...args }) => {
    const { meeting, person } = demoPerson(args);
    return html`<rtk-name-tag .meeting=${meeting} .participant=${person} variant=${variant ?? 'solid'}
      ><span slot="start" style="font-weight: 600">Host</span
      ><span slot="end" role="img" aria-label="Presenting">🖥️</span></rtk-name-tag
    >`;
  },
};
