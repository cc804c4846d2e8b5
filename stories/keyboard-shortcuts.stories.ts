import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/keyboard-shortcuts/rtk-keyboard-shortcuts.js';
import type { ShortcutConfig } from '../src/internal/shortcuts.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { shortcuts?: ShortcutConfig };

const meta: Meta<Args> = {
  title: 'Meeting/Keyboard shortcuts',
  component: 'rtk-keyboard-shortcuts',
  args: { seed: 1, join: true, people: 2 },
  argTypes: { ...demoArgTypes },
  render: ({ shortcuts, ...demo }) =>
    html`<rtk-keyboard-shortcuts
      open
      .meeting=${demoMeeting(demo)}
      .config=${shortcuts ? { shortcuts } : {}}
    ></rtk-keyboard-shortcuts>`,
};
export default meta;

/** The help as `?` opens it: every shortcut and push to talk. */
export const Default: StoryObj<Args> = {};

/** With the page's own combinations: raise hand moved, chat and push to talk off. */
export const Configured: StoryObj<Args> = {
  args: { shortcuts: { raiseHand: 'Alt+Shift+Y', chat: false, pushToTalk: false } },
};
