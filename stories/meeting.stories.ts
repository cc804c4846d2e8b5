import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/meeting/rtk-meeting.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { noMeeting?: boolean; showSetupScreen?: boolean; mode?: 'fill' | 'fixed' };

const meta: Meta<Args> = {
  title: 'Meeting/Meeting',
  component: 'rtk-meeting',
  args: { people: 3, seed: 1, title: 'Demo meeting', showSetupScreen: true, mode: 'fill' },
  argTypes: {
    ...demoArgTypes,
    noMeeting: { control: 'boolean', description: 'Render without a meeting object (the idle screen).' },
    showSetupScreen: { control: 'boolean' },
    mode: { control: 'inline-radio', options: ['fill', 'fixed'] },
  },
  render: ({ noMeeting, showSetupScreen, mode, ...demo }) => html`<div style="height: 640px">
    <rtk-meeting
      .meeting=${noMeeting ? undefined : demoMeeting(demo)}
      .showSetupScreen=${showSetupScreen ?? true}
      .mode=${mode ?? 'fill'}
    ></rtk-meeting>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Before joining: the setup screen. */
export const SetupScreen: Story = {};

/** In the call with four people (you and three others): grid and control bar. */
export const Joined: Story = { args: { join: true } };

/** Without the setup screen, `rtk-meeting` joins at once. */
export const NoSetupScreen: Story = { args: { showSetupScreen: false } };

/** A bigger room with people talking and toggling on their own. */
export const LivelyRoom: Story = { args: { people: 8, join: true, lively: true } };

/** A webinar viewer in the call: no microphone or camera until they join the stage. */
export const WebinarViewer: Story = { args: { join: true, preset: 'webinar-viewer' } };

/** In the waiting room. */
export const WaitingRoom: Story = { args: { join: true, waitingRoom: true } };

/** After the host ended the meeting. */
export const Ended: Story = { args: { leaveAs: 'ended' } };

/** After the host removed you. */
export const Kicked: Story = { args: { leaveAs: 'kicked' } };

/** No meeting yet: the idle screen. */
export const NoMeeting: Story = { args: { noMeeting: true } };
