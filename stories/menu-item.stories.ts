import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/icon/rtk-icon.js';
import '../src/components/menu-item/rtk-menu-item.js';
import '../src/components/menu-list/rtk-menu-list.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & { label: string; disabled?: boolean; checked?: boolean };

const meta: Meta<Args> = {
  title: 'Primitives/Menu item',
  component: 'rtk-menu-item',
  args: { label: 'Pin for everyone' },
  argTypes: {
    ...frameArgTypes,
    label: { control: 'text' },
    disabled: { control: 'boolean' },
    checked: {
      control: 'select',
      options: [undefined, true, false],
      description: 'Set for a checkable item.',
    },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-menu-list
        aria-label="Example"
        style="background: var(--rtk-color-background-900, var(--_theme-color-background-900, #1a1a1a)); border-radius: 12px"
      >
        <rtk-menu-item ?disabled=${args.disabled ?? false} .checked=${args.checked}>${args.label}</rtk-menu-item>
      </rtk-menu-list>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** A plain item. */
export const Default: Story = {};

/** Disabled: announced as unavailable and skipped by the arrow keys. */
export const Disabled: Story = { args: { label: 'Remove from meeting', disabled: true } };

/** A checkable item (`menuitemcheckbox`). */
export const Checked: Story = { args: { label: 'Show captions', checked: true } };

/** With something in the start and end slots. */
export const WithSlots: Story = {
  render: (args) =>
    frame(
      args,
      html`<rtk-menu-list
        aria-label="Example"
        style="background: var(--rtk-color-background-900, var(--_theme-color-background-900, #1a1a1a)); border-radius: 12px"
      >
        <rtk-menu-item><rtk-icon slot="start" icon="pin"></rtk-icon>Pin<span slot="end">P</span></rtk-menu-item>
      </rtk-menu-list>`,
    ),
};

/** Right to left. */
export const RightToLeft: Story = { args: { dir: 'rtl', label: 'تثبيت للجميع' } };
