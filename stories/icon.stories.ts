import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/icon/rtk-icon.js';
import { defaultIconPack } from '../src/icons/icon-pack.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  icon: string;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  variant?: 'primary' | 'danger' | 'success' | 'warning';
  label?: string;
  gallery?: boolean;
};

const meta: Meta<Args> = {
  title: 'Primitives/Icon',
  component: 'rtk-icon',
  args: { icon: 'mic_on', size: 'md' },
  argTypes: {
    ...frameArgTypes,
    icon: { control: 'select', options: Object.keys(defaultIconPack) },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    variant: {
      control: 'inline-radio',
      options: [undefined, 'primary', 'danger', 'success', 'warning'],
    },
    label: { control: 'text', description: 'Accessible name; without it the icon is decorative.' },
    gallery: { control: 'boolean', description: 'Show every icon of the default pack.' },
  },
  render: (args) =>
    args.gallery
      ? frame(
          args,
          Object.keys(defaultIconPack).map(
            (
              name,
            ) => html`<figure style="display: grid; justify-items: center; gap: 4px; margin: 0; inline-size: 7rem; font-size: 12px">
              <rtk-icon icon=${name} size=${args.size ?? 'md'}></rtk-icon>
              <figcaption>${name}</figcaption>
            </figure>`,
          ),
        )
      : frame(
          args,
          html`<rtk-icon .icon=${args.icon} .size=${args.size} .variant=${args.variant} .label=${args.label}></rtk-icon>`,
        ),
};
export default meta;

type Story = StoryObj<Args>;

/** One decorative icon. */
export const Default: Story = {};

/** Every icon of the default pack, with its name. */
export const Gallery: Story = { args: { gallery: true } };

/** An icon that means something on its own: an image with a name. */
export const Labelled: Story = {
  args: { icon: 'wifi_weak', label: 'Weak network', variant: 'warning', size: 'lg' },
};

/** Colours by variant. */
export const Variants: Story = {
  render: (args) =>
    frame(
      args,
      (['primary', 'danger', 'success', 'warning'] as const).map(
        (v) => html`<rtk-icon icon="check" variant=${v} size="lg" label=${v}></rtk-icon>`,
      ),
    ),
};

/** Sizes sm, md, lg, xl. */
export const Sizes: Story = {
  render: (args) =>
    frame(
      args,
      (['sm', 'md', 'lg', 'xl'] as const).map(
        (s) => html`<rtk-icon icon="chat" size=${s}></rtk-icon>`,
      ),
    ),
};

/** Right to left: arrows, chevrons, send and reply are mirrored; the rest are not. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  render: (args) =>
    frame(
      args,
      ['chevron_left', 'chevron_right', 'arrow_right', 'send', 'reply', 'mic_on'].map(
        (name) => html`<rtk-icon icon=${name} size="lg" label=${name}></rtk-icon>`,
      ),
    ),
};

/** The light theme. */
export const Light: Story = { args: { theme: 'light', gallery: true } };
