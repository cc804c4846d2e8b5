import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/network-indicator/rtk-network-indicator.js';
import { demoPerson } from './helpers/demo.js';

type Args = { score?: number };

const meta: Meta<Args> = {
  title: 'Meeting/Network indicator',
  component: 'rtk-network-indicator',
  args: { score: 5 },
  argTypes: {
    score: {
      control: { type: 'range', min: 0, max: 10, step: 1 },
      description: 'Media score (0–10).',
    },
  },
  render: ({ score }) => {
    const { meeting, person } = demoPerson({ personName: 'Amara Okafor', seed: 3 });
    // The score arrives as the SDK sends it (the director's mediaScoreUpdate), once rendered.
    queueMicrotask(() =>
      meeting.director.setNetworkQuality(person.id, score ?? 10, { kind: 'video' }),
    );
    return html`<rtk-network-indicator .meeting=${meeting} .participant=${person}></rtk-network-indicator>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Scores 4–6: a weak-signal icon. */
export const Weak: Story = {};

/** Scores below 4: a no-signal icon. */
export const Poor: Story = { args: { score: 1 } };

/** A good connection shows nothing. */
export const Good: Story = { args: { score: 9 } };
