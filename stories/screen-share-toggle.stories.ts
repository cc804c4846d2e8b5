import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/screen-share-toggle/rtk-screen-share-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  unread?: number;
  recording?: boolean;
  showPause?: boolean;
  variant?: 'button' | 'horizontal';
  size?: Size;
};

const meta: Meta<Args> = {
  title: 'Controls/Screen share toggle',
  component: 'rtk-screen-share-toggle',
  args: { people: 3, seed: 1, join: true, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ variant, size, unread, recording, showPause, ...demo }) => {
    const meeting = demoMeeting(demo);
    void unread;
    void recording;
    void showPause;
    return html`<div style="padding-top: 48px">
      <rtk-screen-share-toggle .meeting=${meeting} .variant=${variant ?? 'button'} .size=${size}></rtk-screen-share-toggle>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Not sharing. */
export const NotSharing: Story = { args: {} };

/** A webinar viewer asks for the stage to share. */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer' } };
