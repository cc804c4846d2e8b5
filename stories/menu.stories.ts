import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/button/rtk-button.js';
import '../src/components/menu/rtk-menu.js';
import type { MenuPlacement } from '../src/components/menu/rtk-menu.js';
import '../src/components/menu-item/rtk-menu-item.js';
import '../src/components/menu-list/rtk-menu-list.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & { open?: boolean; placement?: MenuPlacement; offset?: number };

const placements: MenuPlacement[] = [
  'bottom-start',
  'bottom',
  'bottom-end',
  'top-start',
  'top',
  'top-end',
  'left',
  'right',
];

const meta: Meta<Args> = {
  title: 'Primitives/Menu',
  component: 'rtk-menu',
  args: { placement: 'bottom-start', offset: 4 },
  argTypes: {
    ...frameArgTypes,
    open: { control: 'boolean', description: 'Open the menu.' },
    placement: { control: 'select', options: placements },
    offset: { control: 'number' },
  },
  render: (args) =>
    frame(
      args,
      html`<div style="min-block-size: 260px">
        <rtk-menu ?open=${args.open ?? false} placement=${args.placement ?? 'bottom-start'} offset=${args.offset ?? 4}>
          <rtk-button slot="trigger" variant="secondary">Participant options</rtk-button>
          <rtk-menu-list>
            <rtk-menu-item>Pin for everyone</rtk-menu-item>
            <rtk-menu-item>Mute microphone</rtk-menu-item>
            <rtk-menu-item disabled>Turn off camera</rtk-menu-item>
            <rtk-menu-item .checked=${true}>Show captions</rtk-menu-item>
            <hr />
            <rtk-menu-item>Remove from meeting</rtk-menu-item>
          </rtk-menu-list>
        </rtk-menu>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: click the trigger, or focus it and press Enter, Space or ArrowDown. */
export const Default: Story = {};

/** Open, with a disabled and a checkable item. */
export const Open: Story = { args: { open: true } };

/** Open, in a light frame. */
export const Light: Story = { args: { open: true, theme: 'light' } };

/** Right to left: the menu aligns to the trigger's start edge, on the right. */
export const RightToLeft: Story = { args: { open: true, dir: 'rtl' } };
