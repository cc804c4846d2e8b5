import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/menu-item/rtk-menu-item.js';
import '../src/components/menu-list/rtk-menu-list.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs;

const meta: Meta<Args> = {
  title: 'Primitives/Menu list',
  component: 'rtk-menu-list',
  argTypes: { ...frameArgTypes },
  render: (args) =>
    frame(
      args,
      html`<rtk-menu-list
        aria-label="View"
        style="background: var(--rtk-color-background-900, var(--_theme-color-background-900, #1a1a1a)); border-radius: 12px"
      >
        <rtk-menu-item>Grid</rtk-menu-item>
        <rtk-menu-item>Speaker</rtk-menu-item>
        <hr />
        <rtk-menu-item .checked=${false}>Hide self view</rtk-menu-item>
      </rtk-menu-list>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** A list as the popup of `rtk-menu` shows it (here on its own, always visible). */
export const Default: Story = {};

/** Light theme. */
export const Light: Story = { args: { theme: 'light' } };
