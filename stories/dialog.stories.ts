import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/button/rtk-button.js';
import '../src/components/dialog/rtk-dialog.js';
import type { RtkDialog } from '../src/components/dialog/rtk-dialog.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  open?: boolean;
  label: string;
  disableEscapeKey?: boolean;
  hideCloseButton?: boolean;
};

function openNext(event: Event): void {
  const dialog = (event.target as Element).closest('div')?.querySelector<RtkDialog>('rtk-dialog');
  dialog?.show();
}

const meta: Meta<Args> = {
  title: 'Primitives/Dialog',
  component: 'rtk-dialog',
  args: { label: 'Leave meeting?' },
  argTypes: {
    ...frameArgTypes,
    open: { control: 'boolean' },
    label: { control: 'text' },
    disableEscapeKey: { control: 'boolean' },
    hideCloseButton: { control: 'boolean' },
  },
  render: (args) =>
    frame(
      args,
      html`<div>
        <rtk-button variant="secondary" @click=${openNext}>Open dialog</rtk-button>
        <rtk-dialog
          ?open=${args.open ?? false}
          label=${args.label}
          ?disable-escape-key=${args.disableEscapeKey ?? false}
          ?hide-close-button=${args.hideCloseButton ?? false}
          @rtkDialogClose=${(e: Event) => ((e.target as RtkDialog).open = false)}
        >
          <p style="margin-block-start: 0">Everyone else stays in the meeting.</p>
          <div style="display: flex; gap: 8px; justify-content: flex-end">
            <rtk-button variant="secondary" @click=${(e: Event) => (e.target as Element).closest('rtk-dialog')!.close()}
              >Cancel</rtk-button
            >
            <rtk-button variant="danger" @click=${(e: Event) => (e.target as Element).closest('rtk-dialog')!.close()}
              >Leave</rtk-button
            >
          </div>
        </rtk-dialog>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: the button opens it; Escape or the close button close it and focus returns. */
export const Default: Story = {};

/** Open. */
export const Open: Story = { args: { open: true } };

/** Open, in the light theme. */
export const Light: Story = { args: { open: true, theme: 'light' } };

/** A choice that must be made: no close button, Escape ignored. */
export const Required: Story = {
  args: { open: true, hideCloseButton: true, disableEscapeKey: true, label: 'Recording consent' },
};

/** Right to left. */
export const RightToLeft: Story = { args: { open: true, dir: 'rtl', label: 'مغادرة الاجتماع؟' } };
