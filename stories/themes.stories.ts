import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/meeting/rtk-meeting.js';
import type { DesignTokens } from '../src/styles/design-system.js';
import type { ThemeSetting } from '../src/styles/theme.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  theme?: ThemeSetting;
  designTokens?: DesignTokens;
  /** Plain CSS on the wrapper around the meeting. */
  css?: string;
  sideBySide?: boolean;
};

function meeting(
  args: Args,
  theme: ThemeSetting | undefined,
  designTokens?: DesignTokens,
): TemplateResult {
  const { designTokens: _tokens, css, sideBySide: _side, theme: _theme, ...demo } = args;
  return html`<div style="height: 420px; ${css ?? ''}">
    <rtk-meeting .meeting=${demoMeeting(demo)} .config=${designTokens ? { designTokens } : undefined} theme=${ifDefined(theme)}></rtk-meeting>
  </div>`;
}

const meta: Meta<Args> = {
  title: 'Design system/Themes',
  component: 'rtk-meeting',
  args: { people: 3, seed: 1, join: true, title: 'Demo meeting' },
  argTypes: {
    ...demoArgTypes,
    theme: {
      control: 'inline-radio',
      options: [undefined, 'dark', 'light', 'high-contrast', 'system'],
    },
    designTokens: { control: 'object', description: '`config.designTokens` of the meeting.' },
    css: { control: 'text', description: 'Plain CSS custom properties on an ancestor.' },
  },
  render: (args) =>
    args.sideBySide
      ? html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 8px">
          ${meeting({ ...args, title: 'Dark team call' }, 'dark')} ${meeting({ ...args, title: 'Light team call' }, 'light')}
          ${meeting({ ...args, title: 'High-contrast team call' }, 'high-contrast')}
          ${meeting({ ...args, title: 'Brand team call' }, undefined, { brand: '#e11d48', borderRadius: 'extra-rounded' })}
        </div>`
      : meeting(args, args.theme, args.designTokens),
};
export default meta;

type Story = StoryObj<Args>;

/** The default theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The same meeting, light. */
export const Light: Story = { args: { theme: 'light' } };

/** The same meeting, high contrast. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** Follows the system's `prefers-color-scheme`. */
export const System: Story = { args: { theme: 'system' } };

/** A brand colour (its 50..900 scale derived), round corners and a font, from `config.designTokens`. */
export const CustomBrand: Story = {
  args: {
    designTokens: { brand: '#e11d48', borderRadius: 'extra-rounded', fontFamily: 'Georgia, serif' },
  },
};

/** Plain CSS on an ancestor re-themes everything inside. */
export const CssOverride: Story = {
  args: {
    theme: 'light',
    css: '--rtk-color-brand-500: #0f7b3f; --rtk-radius: 0px; --rtk-color-background-1000: #f0fdf4',
  },
};

/** Four meetings on one page, each with its own theme. */
export const SideBySide: Story = { args: { sideBySide: true } };

/** The setup screen (form, brand button) in the light theme. */
export const SetupLight: Story = { args: { join: false, theme: 'light' } };

/** The setup screen in high contrast. */
export const SetupHighContrast: Story = { args: { join: false, theme: 'high-contrast' } };

/** The ended screen in the light theme. */
export const EndedLight: Story = { args: { join: false, leaveAs: 'ended', theme: 'light' } };
