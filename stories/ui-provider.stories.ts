import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/camera-toggle/rtk-camera-toggle.js';
import '../src/components/controlbar/rtk-controlbar.js';
import '../src/components/grid/rtk-grid.js';
import '../src/components/leave-button/rtk-leave-button.js';
import '../src/components/mic-toggle/rtk-mic-toggle.js';
import '../src/components/ui-provider/rtk-ui-provider.js';
import type { DesignTokens } from '../src/styles/design-system.js';
import type { ThemeSetting } from '../src/styles/theme.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  theme?: ThemeSetting;
  brand?: string;
  borderRadius?: DesignTokens['borderRadius'];
  own?: boolean;
};

const layout = 'display: grid; grid-template-rows: 1fr auto; height: 480px';

const meta: Meta<Args> = {
  title: 'Meeting/UI provider',
  component: 'rtk-ui-provider',
  args: { people: 3, seed: 1, join: true },
  argTypes: {
    ...demoArgTypes,
    theme: {
      control: 'inline-radio',
      options: [undefined, 'dark', 'light', 'high-contrast', 'system'],
    },
    brand: { control: 'color', description: 'Brand colour (`config.designTokens.brand`).' },
    borderRadius: {
      control: 'inline-radio',
      options: [undefined, 'sharp', 'rounded', 'extra-rounded'],
    },
    own: {
      control: 'boolean',
      description: 'Your own control bar: microphone, camera and leave only.',
    },
  },
  render: ({ theme, brand, borderRadius, own, ...demo }) => {
    const designTokens: DesignTokens = {};
    if (brand) designTokens.brand = brand;
    if (borderRadius) designTokens.borderRadius = borderRadius;
    return html`<rtk-ui-provider
      .meeting=${demoMeeting(demo)}
      .config=${{ designTokens }}
      theme=${ifDefined(theme)}
    >
      <div style=${layout}>
        <rtk-grid></rtk-grid>
        ${
          own
            ? html`<rtk-controlbar>
              <rtk-mic-toggle></rtk-mic-toggle>
              <rtk-camera-toggle></rtk-camera-toggle>
              <rtk-leave-button></rtk-leave-button>
            </rtk-controlbar>`
            : html`<rtk-controlbar></rtk-controlbar>`
        }
      </div>
    </rtk-ui-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A custom layout from single tags: grid and control bar get the meeting from the provider. */
export const CustomLayout: Story = {};

/** The same layout in the light theme. */
export const Light: Story = { args: { theme: 'light' } };

/** Your own control bar, still fed by the provider. */
export const OwnControls: Story = { args: { own: true, theme: 'high-contrast' } };

/** Brand colour and corners from `config.designTokens`. */
export const Branded: Story = { args: { brand: '#e11d48', borderRadius: 'extra-rounded' } };
