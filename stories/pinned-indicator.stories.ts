import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pinned-indicator/rtk-pinned-indicator.js';
import { demoArgTypes } from './helpers/demo.js';
import { stageArgTypes, stageMeeting, type StageArgs } from './helpers/stage.js';

const meta: Meta<StageArgs> = {
  title: 'Meeting/Pinned indicator',
  component: 'rtk-pinned-indicator',
  args: { people: 3, seed: 1, join: true, pinFirst: true },
  argTypes: { ...demoArgTypes, ...stageArgTypes },
  render: (stage) =>
    html`<rtk-pinned-indicator .meeting=${stageMeeting(stage)}></rtk-pinned-indicator>`,
};
export default meta;

type Story = StoryObj<StageArgs>;

/** Someone is pinned. */
export const SomeonePinned: Story = {};

/** Nobody is pinned: the indicator is hidden. */
export const NobodyPinned: Story = { args: { pinFirst: false } };
