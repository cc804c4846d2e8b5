import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/controlbar/rtk-controlbar.js';
import '../src/components/leave-button/rtk-leave-button.js';
import '../src/components/mic-toggle/rtk-mic-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { custom?: boolean; size?: Size };

const meta: Meta<Args> = {
  title: 'Meeting/Controlbar',
  component: 'rtk-controlbar',
  args: { people: 3, seed: 1, join: true },
  argTypes: {
    ...demoArgTypes,
    custom: { control: 'boolean', description: 'Slot your own controls instead of the defaults.' },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ custom, size, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="padding-top: 48px">
      ${custom
        ? html`<rtk-controlbar .meeting=${meeting} .size=${size}>
            <rtk-mic-toggle .meeting=${meeting}></rtk-mic-toggle>
            <rtk-leave-button .meeting=${meeting}></rtk-leave-button>
          </rtk-controlbar>`
        : html`<rtk-controlbar .meeting=${meeting} .size=${size}></rtk-controlbar>`}
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The default controls: microphone, camera, leave. Arrow keys move between them. */
export const Default: Story = {};

/** Your own selection of controls. */
export const CustomControls: Story = { args: { custom: true } };

/** Small size: labels are hidden visually, not from screen readers. */
export const Small: Story = { args: { size: 'sm' } };

/** A webinar viewer: the media controls say why they are unavailable. */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer' } };
