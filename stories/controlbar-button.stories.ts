import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/controlbar-button/rtk-controlbar-button.js';
import { defaultIconPack } from '../src/icons/icon-pack.js';

type Args = {
  label: string;
  icon: string;
  disabled?: boolean;
  isLoading?: boolean;
  showWarning?: boolean;
  pressed?: boolean;
  offAlert?: boolean;
  description?: string;
  variant?: 'button' | 'horizontal';
};

const meta: Meta<Args> = {
  title: 'Meeting/Controlbar button',
  component: 'rtk-controlbar-button',
  args: { label: 'Mic on', icon: 'mic_on', variant: 'button' },
  argTypes: {
    icon: { control: 'select', options: Object.keys(defaultIconPack) },
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
    pressed: {
      control: 'select',
      options: [undefined, true, false],
      description: 'Set for a toggle: its `aria-pressed`.',
    },
  },
  render: (args) => html`<div style="padding: 48px 16px 16px">
    <rtk-controlbar-button
      .label=${args.label}
      .icon=${args.icon}
      .disabled=${args.disabled ?? false}
      .isLoading=${args.isLoading ?? false}
      .showWarning=${args.showWarning ?? false}
      .pressed=${args.pressed}
      .offAlert=${args.offAlert ?? false}
      .description=${args.description}
      .variant=${args.variant ?? 'button'}
    ></rtk-controlbar-button>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A plain button. */
export const Default: Story = {};

/** A toggle that is on (`aria-pressed="true"`): filled with the brand colour. */
export const Pressed: Story = { args: { label: 'Chat', icon: 'chat', pressed: true } };

/** `offAlert` and off (`aria-pressed="false"`): filled with the danger colour, as a muted microphone. */
export const OffAlert: Story = {
  args: { label: 'Mic off', icon: 'mic_off', pressed: false, offAlert: true },
};

/** Waiting for the meeting: spinner, busy, clicks ignored. */
export const Loading: Story = { args: { isLoading: true } };

/** Unavailable, with the reason in a tooltip and as its description. */
export const DisabledWithReason: Story = {
  args: {
    label: 'Camera off',
    icon: 'video_off',
    disabled: true,
    description: 'You are not allowed to use the camera',
  },
};

/** A warning dot, e.g. when the browser blocked the device. */
export const Warning: Story = { args: { label: 'Mic off', icon: 'mic_off', showWarning: true } };

/** Icon beside the label. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };
