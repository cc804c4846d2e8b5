import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/button/rtk-button.js';
import '../src/components/icon/rtk-icon.js';
import '../src/components/tooltip/rtk-tooltip.js';
import type { TooltipPlacement } from '../src/components/tooltip/tooltip.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  label: string;
  placement?: TooltipPlacement;
  open?: boolean;
  disabled?: boolean;
  delay?: number;
  variant?: 'primary' | 'secondary';
};

const placements: TooltipPlacement[] = [
  'top',
  'top-start',
  'top-end',
  'bottom',
  'bottom-start',
  'bottom-end',
  'left',
  'right',
];

const meta: Meta<Args> = {
  title: 'Primitives/Tooltip',
  component: 'rtk-tooltip',
  args: { label: 'Mute your microphone', placement: 'top', delay: 300 },
  argTypes: {
    ...frameArgTypes,
    placement: { control: 'select', options: placements },
    variant: { control: 'inline-radio', options: ['primary', 'secondary'] },
  },
  render: (args) =>
    frame(
      args,
      html`<div style="padding: 48px 96px">
        <rtk-tooltip
          .label=${args.label}
          .placement=${args.placement ?? 'top'}
          .open=${args.open ?? false}
          .disabled=${args.disabled ?? false}
          .delay=${args.delay ?? 0}
          .variant=${args.variant ?? 'primary'}
        >
          <rtk-button kind="icon" variant="secondary" label="Microphone"><rtk-icon icon="mic_on"></rtk-icon></rtk-button>
        </rtk-tooltip>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Hover or focus the button to show the tooltip; Escape hides it. */
export const Default: Story = {};

/** Shown from code (`open`). */
export const Open: Story = { args: { open: true } };

/** The other background. */
export const Secondary: Story = { args: { open: true, variant: 'secondary' } };

/** Rich content from the `tooltip` slot (keep it short and non-interactive). */
export const RichContent: Story = {
  render: (args) =>
    frame(
      args,
      html`<div style="padding: 48px 96px">
        <rtk-tooltip open>
          <rtk-button variant="secondary">Recording</rtk-button>
          <span slot="tooltip">Recording <strong>started by the host</strong> 2 minutes ago</span>
        </rtk-tooltip>
      </div>`,
    ),
};

/** Never shown. */
export const Disabled: Story = { args: { disabled: true } };

/** Light theme. */
export const Light: Story = { args: { theme: 'light', open: true } };

/** Right to left: `-start` / `-end` placements follow the reading direction. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', open: true, placement: 'bottom-start', label: 'كتم الميكروفون' },
};
