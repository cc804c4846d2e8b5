import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/spotlight-indicator/rtk-spotlight-indicator.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

const meta: Meta<StageArgs> = {
  title: 'Meeting/Spotlight indicator',
  component: 'rtk-spotlight-indicator',
  args: { people: 3, seed: 1, join: true, pinFirst: true },
  argTypes: { ...demoArgTypes, ...stageArgTypes },
  render: (stage) =>
    html`<rtk-spotlight-indicator .meeting=${stageMeeting(stage)}></rtk-spotlight-indicator>`,
};
export default meta;

type Story = StoryObj<StageArgs>;

/** Someone is pinned. */
export const SomeonePinned: Story = {};

/** Nobody is pinned: the indicator is hidden. */
export const NobodyPinned: Story = { args: { pinFirst: false } };
