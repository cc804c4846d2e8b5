import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/counter/rtk-counter.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  value: number;
  minValue?: number;
  maxValue?: number;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  label?: string;
  disabled?: boolean;
};

const meta: Meta<Args> = {
  title: 'Primitives/Counter',
  component: 'rtk-counter',
  args: { value: 2, minValue: 1, maxValue: 10, label: 'Participants per page' },
  argTypes: {
    ...frameArgTypes,
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-counter
        .value=${args.value}
        .minValue=${args.minValue ?? 0}
        .maxValue=${args.maxValue}
        .size=${args.size}
        .label=${args.label}
        .disabled=${args.disabled ?? false}
      ></rtk-counter>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Between its limits. */
export const Default: Story = {};

/** At its lower limit: − is unavailable but stays focusable. */
export const AtMinimum: Story = { args: { value: 1 } };

/** Sizes sm, md, lg. */
export const Sizes: Story = {
  render: (args) =>
    frame(
      args,
      (['sm', 'md', 'lg'] as const).map(
        (s) => html`<rtk-counter size=${s} value="3" label=${`Size ${s}`}></rtk-counter>`,
      ),
    ),
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } };

/** Light theme. */
export const Light: Story = { args: { theme: 'light' } };

/** Right to left: − stays at the start, + at the end. */
export const RightToLeft: Story = { args: { dir: 'rtl', label: 'عدد المشاركين' } };
