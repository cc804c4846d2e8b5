import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/controlbar/rtk-controlbar.js';
import '../src/components/leave-button/rtk-leave-button.js';
import '../src/components/mic-toggle/rtk-mic-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  custom?: boolean;
  size?: Size;
  width?: number;
  variant?: 'solid' | 'boxed';
};

const meta: Meta<Args> = {
  title: 'Meeting/Controlbar',
  component: 'rtk-controlbar',
  args: { people: 3, seed: 1, join: true },
  argTypes: {
    ...demoArgTypes,
    custom: { control: 'boolean', description: 'Slot your own controls instead of the defaults.' },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
    width: {
      control: 'number',
      description: 'Width of the bar in CSS pixels (controls that do not fit go into "More").',
    },
    variant: { control: 'inline-radio', options: ['solid', 'boxed'] },
  },
  render: ({ custom, size, width, variant, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="padding-top: 48px">
      ${
        custom
          ? html`<rtk-controlbar .meeting=${meeting} .size=${size}>
            <rtk-mic-toggle .meeting=${meeting}></rtk-mic-toggle>
            <rtk-leave-button .meeting=${meeting}></rtk-leave-button>
          </rtk-controlbar>`
          : html`<rtk-controlbar
            .meeting=${meeting}
            .size=${size}
            .variant=${variant ?? 'solid'}
            style=${width ? `inline-size: ${width}px` : ''}
          ></rtk-controlbar>`
      }
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host's controls. Arrow keys move between them; Ctrl/⌘+D and Ctrl/⌘+E toggle mic and camera. */
export const Default: Story = {};

/** Microphone and camera off: they stand out in the danger colour. */
export const Muted: Story = { args: { audio: false, video: false } };

/** Your own selection of controls. */
export const CustomControls: Story = { args: { custom: true } };

/** Small size: labels are hidden visually, not from screen readers. */
export const Small: Story = { args: { size: 'sm' } };

/** A webinar viewer: the media controls say why they are unavailable. */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer' } };

/** A narrow bar: what does not fit moves into "More". */
export const Narrow: Story = { args: { width: 420 } };

/** A participant: no recording. */
export const Participant: Story = { args: { preset: 'participant' } };

/** A livestream host: go live, stage. */
export const LivestreamHost: Story = { args: { preset: 'livestream-host' } };

/** The floating, rounded look. */
export const Boxed: Story = { args: { variant: 'boxed' } };
