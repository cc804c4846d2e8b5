import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/transcripts/rtk-transcripts.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { first?: string; second?: string };

/** Once the meeting is joined, two people say a line each (the demo's transcription). */
function speak(meeting: DemoMeeting, lines: string[]): DemoMeeting {
  const run = () =>
    lines.forEach((line, i) => {
      const person = meeting.director.people[i];
      if (person && line) meeting.director.ai.say(person.id, line, { finalOnly: true, paceMs: 0 });
    });
  if (meeting.self.roomJoined) run();
  else meeting.self.once('roomJoined', run);
  return meeting;
}

const meta: Meta<Args> = {
  title: 'Captions/Captions',
  component: 'rtk-transcripts',
  args: {
    seed: 1,
    join: true,
    people: 2,
    first: 'Good morning, can you all hear me?',
    second: 'Loud and clear.',
  },
  argTypes: {
    ...demoArgTypes,
    first: { control: 'text', description: 'What the first person says.' },
    second: { control: 'text', description: 'What the second person says.' },
  },
  render: ({ first, second, ...demo }) =>
    html`<div style="inline-size: 100%; max-inline-size: 720px; background: #111">
      <rtk-transcripts
        .meeting=${speak(demoMeeting(demo), [first ?? '', second ?? ''])}
      ></rtk-transcripts>
    </div>`,
};
export default meta;

/** Two people speak: who says what, newest last. */
export const Default: StoryObj<Args> = {};

/** Before anyone speaks. */
export const Waiting: StoryObj<Args> = { args: { first: '', second: '' } };
