import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants-audio/rtk-participants-audio.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { screenAudio?: boolean };

const meta: Meta<Args> = {
  title: 'Meeting/Participants audio',
  component: 'rtk-participants-audio',
  args: { seed: 11, people: 3, join: true, lively: true },
  argTypes: {
    ...demoArgTypes,
    screenAudio: { control: 'boolean', description: 'Someone shares a tab with its sound.' },
  },
  render: ({ screenAudio, ...demo }) => {
    const meeting = demoMeeting(demo);
    const sharer = meeting.director.people[0];
    if (screenAudio && sharer && !sharer.screenShareEnabled) {
      meeting.director.setScreenShare(sharer.id, true, { audio: true });
    }
    // Nothing to see: it plays the room. If the browser blocks autoplay, a prompt appears.
    return html`<rtk-participants-audio .meeting=${meeting}></rtk-participants-audio>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** People talk now and then: their voices play (click the page first if your browser asks). */
export const Room: Story = {};

/** Someone shares a tab with its sound, played beside their voice. */
export const ScreenShareAudio: Story = { args: { seed: 12, screenAudio: true } };
