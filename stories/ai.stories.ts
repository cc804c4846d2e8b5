import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ai/rtk-ai.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { lines?: string[]; view?: 'sidebar' | 'full-screen' };

/** Once joined, the people in the room say the lines in turn. */
function speak(meeting: DemoMeeting, lines: string[]): DemoMeeting {
  const run = () =>
    lines.forEach((line, i) => {
      const people = meeting.director.people;
      const person = people[i % Math.max(1, people.length)];
      if (person) meeting.director.ai.say(person.id, line, { finalOnly: true, paceMs: 0 });
    });
  if (meeting.self.roomJoined) run();
  else meeting.self.once('roomJoined', run);
  return meeting;
}

const meta: Meta<Args> = {
  title: 'Captions/AI panel',
  component: 'rtk-ai',
  args: {
    seed: 1,
    join: true,
    people: 2,
    view: 'sidebar',
    lines: ['Shall we begin?', 'Yes, I am ready.'],
  },
  argTypes: {
    ...demoArgTypes,
    view: { control: 'inline-radio', options: ['sidebar', 'full-screen'] },
    lines: { control: 'object', description: 'What people say, in turn.' },
  },
  render: ({ lines, view, ...demo }) =>
    html`<div style="block-size: 520px; inline-size: 380px; display: flex">
      <rtk-ai
        style="flex: 1"
        view=${view ?? 'sidebar'}
        .meeting=${speak(demoMeeting(demo), lines ?? [])}
      ></rtk-ai>
    </div>`,
};
export default meta;

/** In the sidebar: the live transcript, "Open full view". */
export const Default: StoryObj<Args> = {};

/** Filling its container, with its own title. */
export const FullScreen: StoryObj<Args> = { args: { view: 'full-screen' } };
