import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/header/rtk-header.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { size?: 'sm' | 'md' | 'lg' | 'xl'; record?: boolean };

const meta: Meta<Args> = {
  title: 'Meeting/Header',
  component: 'rtk-header',
  args: { people: 4, seed: 1, join: true, title: 'Weekly sync', size: 'lg' },
  argTypes: {
    ...demoArgTypes,
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    record: { control: 'boolean' },
  },
  render: ({ size, record, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (record)
      void meeting
        .join()
        .then(
          () => meeting.recording?.recordingState === 'IDLE' && meeting.director.recording.start(),
        );
    return html`<rtk-header .meeting=${meeting} .size=${size}></rtk-header>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Title, clock and participant count. */
export const Default: Story = {};

/** While the meeting is recorded. */
export const Recording: Story = { args: { record: true } };

/** A livestream: live badge and viewer count. */
export const Livestream: Story = { args: { preset: 'livestream-host' } };

/** Phone width. */
export const Small: Story = { args: { size: 'sm' } };
