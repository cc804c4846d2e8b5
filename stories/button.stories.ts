import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/button/rtk-button.js';
import '../src/components/icon/rtk-icon.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'outline';
type Args = FrameArgs & {
  text: string;
  variant?: Variant;
  kind?: 'button' | 'icon' | 'wide';
  size?: 'sm' | 'md' | 'lg' | 'xl';
  disabled?: boolean;
  /** Shows the `loading` state (named so the a11y audit expects a busy control). */
  isLoading?: boolean;
  reverse?: boolean;
  label?: string;
};

const variants: Variant[] = ['primary', 'secondary', 'danger', 'ghost', 'outline'];

const meta: Meta<Args> = {
  title: 'Primitives/Button',
  component: 'rtk-button',
  args: { text: 'Join meeting', variant: 'primary', kind: 'button', size: 'md' },
  argTypes: {
    ...frameArgTypes,
    variant: { control: 'inline-radio', options: variants },
    kind: { control: 'inline-radio', options: ['button', 'icon', 'wide'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    isLoading: { control: 'boolean', description: 'The `loading` property.' },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-button
        .variant=${args.variant ?? 'primary'}
        .kind=${args.kind ?? 'button'}
        .size=${args.size}
        .disabled=${args.disabled ?? false}
        .loading=${args.isLoading ?? false}
        .reverse=${args.reverse ?? false}
        .label=${args.label}
        >${args.kind === 'icon' ? html`<rtk-icon icon="settings"></rtk-icon>` : args.text}</rtk-button
      >`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** A primary button. */
export const Default: Story = {};

/** Every variant, in every size. */
export const Variants: Story = {
  render: (args) =>
    frame(
      args,
      (['sm', 'md', 'lg', 'xl'] as const).map(
        (size) => html`<div style="display: flex; gap: 8px; align-items: center">
          ${variants.map((v) => html`<rtk-button variant=${v} size=${size}>${v} ${size}</rtk-button>`)}
        </div>`,
      ),
      true,
    ),
};

/** Kinds: text with icons (start and end slots, and reversed), icon-only (named by `label`), wide. */
export const Kinds: Story = {
  render: (args) =>
    frame(
      args,
      html`<rtk-button><rtk-icon slot="start" icon="share_screen_start"></rtk-icon>Share screen</rtk-button>
        <rtk-button variant="secondary" reverse><rtk-icon slot="start" icon="chevron_right"></rtk-icon>Next</rtk-button>
        <rtk-button variant="secondary">Send<rtk-icon slot="end" icon="send"></rtk-icon></rtk-button>
        <rtk-button kind="icon" variant="secondary" label="Settings"><rtk-icon icon="settings"></rtk-icon></rtk-button>
        <rtk-button kind="icon" variant="ghost" label="More options"><rtk-icon icon="more_vertical"></rtk-icon></rtk-button>
        <rtk-button kind="icon" variant="danger" label="Leave meeting"><rtk-icon icon="call_end"></rtk-icon></rtk-button>
        <div style="inline-size: 20rem"><rtk-button kind="wide">Wide: fills its container</rtk-button></div>`,
    ),
};

/** Busy: a spinner, `aria-busy`, clicks ignored, still focusable. */
export const Loading: Story = { args: { isLoading: true, text: 'Saving' } };

/** Disabled: not focusable, clicks ignored. */
export const Disabled: Story = {
  render: (args) =>
    frame(
      args,
      variants.map((v) => html`<rtk-button variant=${v} disabled>${v}</rtk-button>`),
    ),
};

/** Inside a form: `type="submit"` and `type="reset"` act on it. */
export const InForm: Story = {
  render: (args) =>
    frame(
      args,
      html`<form style="display: flex; gap: 8px; align-items: center" @submit=${(e: Event) => e.preventDefault()}>
        <label>Name <input name="name" value="Ada" /></label>
        <rtk-button type="reset" variant="ghost">Reset</rtk-button>
        <rtk-button type="submit">Save</rtk-button>
      </form>`,
    ),
};

/** The light theme. */
export const Light: Story = { ...Variants, args: { theme: 'light' } };

/** Right to left: start/end slots and icons follow the reading direction. */
export const RightToLeft: Story = { ...Kinds, args: { dir: 'rtl' } };
