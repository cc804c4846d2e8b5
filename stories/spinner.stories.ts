import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/spinner/rtk-spinner.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & { size?: 'sm' | 'md' | 'lg' | 'xl'; label?: string };

const meta: Meta<Args> = {
  title: 'Primitives/Spinner',
  component: 'rtk-spinner',
  args: { size: 'md' },
  argTypes: {
    ...frameArgTypes,
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    label: {
      control: 'text',
      description: 'Accessible name; without it the spinner is decorative.',
    },
  },
  render: (args) =>
    frame(args, html`<rtk-spinner .size=${args.size} .label=${args.label}></rtk-spinner>`),
};
export default meta;

type Story = StoryObj<Args>;

/** Decorative, next to text that says what is loading. */
export const Default: Story = {
  render: (args) =>
    frame(args, html`<rtk-spinner .size=${args.size}></rtk-spinner><span>Joining…</span>`),
};

/** On its own, with a name (an indeterminate progressbar). */
export const Labelled: Story = { args: { label: 'Loading participants', size: 'lg' } };

/** Sizes sm, md, lg, xl. */
export const Sizes: Story = {
  render: (args) =>
    frame(
      args,
      (['sm', 'md', 'lg', 'xl'] as const).map((s) => html`<rtk-spinner size=${s}></rtk-spinner>`),
    ),
};

/** The light theme. */
export const Light: Story = { args: { theme: 'light', label: 'Loading', size: 'lg' } };
