import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/stage-toggle/rtk-stage-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  unread?: number;
  recording?: boolean;
  showPause?: boolean;
  variant?: 'button' | 'horizontal';
  size?: Size;
};

const meta: Meta<Args> = {
  title: 'Controls/Stage toggle',
  component: 'rtk-stage-toggle',
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
      <rtk-stage-toggle .meeting=${meeting} .variant=${variant ?? 'button'} .size=${size}></rtk-stage-toggle>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A webinar viewer may request the stage. */
export const Viewer: Story = { args: { preset: 'webinar-viewer' } };

/** A webinar host is on the stage. */
export const Host: Story = { args: { preset: 'webinar-host' } };
