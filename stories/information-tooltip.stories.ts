import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/information-tooltip/rtk-information-tooltip.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & { label: string; text: string };

const meta: Meta<Args> = {
  title: 'Primitives/Information tooltip',
  component: 'rtk-information-tooltip',
  args: { text: 'Waiting room', label: 'People wait here until a host lets them in.' },
  argTypes: { ...frameArgTypes },
  render: (args) =>
    frame(
      args,
      html`<div style="padding: 48px 24px; display: flex; gap: 4px; align-items: center">
        ${args.text}<rtk-information-tooltip .label=${args.label}></rtk-information-tooltip>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Hover, focus or click the (i). */
export const Default: Story = {};

/** Content from the `tooltip` slot. */
export const Slotted: Story = {
  render: (args) =>
    frame(
      args,
      html`<div style="padding: 48px 24px; display: flex; gap: 4px; align-items: center">
        Recording<rtk-information-tooltip><span slot="tooltip">Only hosts can start a recording.</span></rtk-information-tooltip>
      </div>`,
    ),
};

/** Light theme. */
export const Light: Story = { args: { theme: 'light' } };

/** Right to left. */
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    text: 'غرفة الانتظار',
    label: 'ينتظر الناس هنا حتى يسمح لهم المضيف بالدخول.',
  },
};

/** The official slot name `tootlip-text` (sic), kept with our `tooltip`. */
export const OfficialSlot: Story = {
  render: (args) =>
    frame(
      args,
      html`<div style="padding: 48px 24px; display: flex; gap: 4px; align-items: center">
        ${args.text}<rtk-information-tooltip
          ><span slot="tootlip-text">${args.label}</span></rtk-information-tooltip
        >
      </div>`,
    ),
};
