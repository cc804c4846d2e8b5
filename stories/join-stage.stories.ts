import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/join-stage/rtk-join-stage.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Step = 'off' | 'requested' | 'accepted' | 'on';
type Args = DemoArgs & { step?: Step };

const stepped = new WeakSet<DemoMeeting>();

/** Walks the (joined) viewer to `step`: request, a host's approval, joining. Once per meeting. */
function walk(meeting: DemoMeeting, step: Step): DemoMeeting {
  if (step === 'off' || stepped.has(meeting)) return meeting;
  stepped.add(meeting);
  const go = async () => {
    await meeting.stage.requestAccess();
    if (step === 'requested') return;
    meeting.director.stage.grantSelf();
    if (step === 'on') await meeting.stage.join();
  };
  const start = () => void go().catch(() => undefined);
  if (meeting.self.roomJoined) start();
  else {
    const onJoined = () => {
      meeting.self.off('roomJoined', onJoined);
      start();
    };
    meeting.self.on('roomJoined', onJoined);
  }
  return meeting;
}

const meta: Meta<Args> = {
  title: 'People/Join stage',
  component: 'rtk-join-stage',
  args: { people: 3, seed: 4, join: true, preset: 'webinar-viewer', step: 'off' },
  argTypes: {
    ...demoArgTypes,
    step: {
      control: 'inline-radio',
      options: ['off', 'requested', 'accepted', 'on'],
      description: 'Where the viewer is.',
    },
  },
  render: ({ step, ...demo }) => {
    const meeting = walk(demoMeeting(demo), step ?? 'off');
    return html`<div style="max-width: 480px"><rtk-join-stage .meeting=${meeting}></rtk-join-stage></div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A viewer may ask to speak. */
export const Request: Story = {};

/** The request waits for a host. */
export const Requested: Story = { args: { step: 'requested', seed: 5 } };

/** A host accepted: the device check before joining. */
export const DeviceCheck: Story = { args: { step: 'accepted', seed: 6 } };

/** On the stage. */
export const OnStage: Story = { args: { step: 'on', seed: 7 } };
