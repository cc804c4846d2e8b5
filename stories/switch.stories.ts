import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/switch/rtk-switch.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  label: string;
  checked?: boolean;
  disabled?: boolean;
  readonly?: boolean;
};

const meta: Meta<Args> = {
  title: 'Primitives/Switch',
  component: 'rtk-switch',
  args: { label: 'Mirror my video', checked: false },
  argTypes: { ...frameArgTypes },
  render: (args) =>
    frame(
      args,
      html`<rtk-switch
        .label=${args.label}
        .checked=${args.checked ?? false}
        .disabled=${args.disabled ?? false}
        .readonly=${args.readonly ?? false}
      ></rtk-switch>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Off. */
export const Default: Story = {};

/** On. */
export const Checked: Story = { args: { checked: true } };

/** Disabled, off and on. */
export const Disabled: Story = {
  render: (args) =>
    frame(
      args,
      html`<rtk-switch label="Noise cancellation" disabled></rtk-switch>
      <rtk-switch label="Captions" disabled checked></rtk-switch>`,
    ),
};

/** Read-only: focusable and announced, cannot change. */
export const ReadOnly: Story = {
  args: { readonly: true, checked: true, label: 'Recording (set by the host)' },
};

/** Named by its slot, or by `aria-label` when the text lives elsewhere. */
export const Labels: Story = {
  render: (args) =>
    frame(
      args,
      html`<rtk-switch>Show my own tile</rtk-switch>
        <span id="caption-label">Captions</span><rtk-switch aria-label="Captions" checked></rtk-switch>`,
    ),
};

/** Light theme. */
export const Light: Story = {
  args: { theme: 'light' },
  render: (args) =>
    frame(
      args,
      html`<rtk-switch label="Off"></rtk-switch><rtk-switch label="On" checked></rtk-switch>`,
    ),
};

/** Right to left: the knob moves the other way. */
export const RightToLeft: Story = { args: { dir: 'rtl', checked: true, label: 'عكس الفيديو' } };
