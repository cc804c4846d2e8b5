import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/debugger/rtk-debugger.js';
import { demoArgTypes } from './helpers/demo.js';
import { diagnosticsMeeting, networkArgTypes, type NetworkArgs } from './helpers/diagnostics.js';

const meta: Meta<NetworkArgs> = {
  title: 'Diagnostics/Debugger',
  component: 'rtk-debugger',
  args: { seed: 1, people: 3, selfQuality: 'good', peopleQuality: 'good' },
  argTypes: { ...demoArgTypes, ...networkArgTypes },
  render: (args) => html`<div style="max-width: 48rem; padding: 16px; background: #1a1a1a">
    <rtk-debugger .meeting=${diagnosticsMeeting(args)}></rtk-debugger>
  </div>`,
};
export default meta;

/** A good network: every verdict reads well. */
export const Default: StoryObj<NetworkArgs> = {};

/** Your connection is poor; the others' is weak. */
export const PoorNetwork: StoryObj<NetworkArgs> = {
  args: { selfQuality: 'poor', peopleQuality: 'weak' },
};
