import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/livestream-player/rtk-livestream-player.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { live?: boolean };

const started = new WeakSet<object>();

const meta: Meta<Args> = {
  title: 'Recording and livestream/Livestream player',
  component: 'rtk-livestream-player',
  args: { people: 2, seed: 1, join: true, preset: 'livestream-viewer' },
  argTypes: {
    ...demoArgTypes,
    live: {
      control: 'boolean',
      description: 'The host goes live (the demo URL never loads: the error state shows).',
    },
  },
  render: ({ live, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (live && !started.has(meeting)) {
      started.add(meeting);
      const start = () => meeting.director.livestream?.start();
      if (meeting.self.roomState === 'joined') start();
      else meeting.self.on('roomJoined', start);
    }
    return html`<div style="height: 360px; display: flex">
      <rtk-livestream-player style="flex: 1" .meeting=${meeting}></rtk-livestream-player>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Before the stream starts. */
export const Idle: Story = {};

/** A viewer in a larger room, before the stream starts. Turn on `live` to play it (natively or
 * with hls.js, loaded on demand); the demo URL never loads, so the error state shows. Not a
 * separate story: axe waits for the video's metadata, which never comes. */
export const IdleLargeRoom: Story = { args: { people: 12 } };
