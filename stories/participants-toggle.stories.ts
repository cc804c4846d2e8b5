import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/participants-toggle/rtk-participants-toggle.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

/** Runs `fn` once the story's meeting is joined (the director's events need a joined room). */
function afterJoin(meeting: DemoMeeting, fn: () => void): void {
  if (meeting.self.roomJoined) fn();
  else meeting.self.once('roomJoined', fn);
}

type Args = DemoArgs & {
  unread?: number;
  recording?: boolean;
  showPause?: boolean;
  variant?: 'button' | 'horizontal';
  size?: Size;
};

const meta: Meta<Args> = {
  title: 'Controls/Participants toggle',
  component: 'rtk-participants-toggle',
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
    afterJoin(meeting, () => {
      for (let i = 0; i < (unread ?? 0); i++) meeting.director.knock();
    });
    return html`<div style="padding-top: 48px">
      <rtk-participants-toggle .meeting=${meeting} .variant=${variant ?? 'button'} .size=${size}></rtk-participants-toggle>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Opens the participant list. */
export const Default: Story = { args: {} };

/** Two people wait in the waiting room (host). */
export const Waiting: Story = { args: { unread: 2 } };
