import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/debugger-system/rtk-debugger-system.js';
import { demoArgTypes } from './helpers/demo.js';
import { diagnosticsMeeting, networkArgTypes, type NetworkArgs } from './helpers/diagnostics.js';

const meta: Meta<NetworkArgs> = {
  title: 'Diagnostics/System',
  component: 'rtk-debugger-system',
  args: { seed: 1, people: 3, selfQuality: 'good', peopleQuality: 'good' },
  argTypes: { ...demoArgTypes, ...networkArgTypes },
  render: (args) => html`<div style="max-width: 44rem; padding: 16px; background: #1a1a1a">
    <rtk-debugger-system .meeting=${diagnosticsMeeting(args)}></rtk-debugger-system>
  </div>`,
};
export default meta;

/** A good network on both sides. */
export const Default: StoryObj<NetworkArgs> = {};

/** Your upload is weak; the others' is poor. */
export const Degraded: StoryObj<NetworkArgs> = {
  args: { selfQuality: 'weak', peopleQuality: 'poor' },
};
