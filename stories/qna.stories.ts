import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/qna/rtk-qna.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** Questions the people in the room ask, in order (the second one anonymously). */
  questions?: string[];
  sort?: 'votes' | 'time';
};

/** Runs `fn` once the story's meeting is joined (the director's broadcasts need a joined room). */
function afterJoin(meeting: DemoMeeting, fn: () => void): void {
  if (meeting.self.roomJoined) fn();
  else meeting.self.once('roomJoined', fn);
}

const meta: Meta<Args> = {
  title: 'Meeting/Q&A',
  component: 'rtk-qna',
  args: { seed: 1, join: true, people: 4, sort: 'votes' },
  argTypes: {
    ...demoArgTypes,
    sort: { control: 'inline-radio', options: ['votes', 'time'] },
  },
  render: ({ questions = [], sort, ...demo }) => {
    // Its own meeting per list of questions (the stories' meetings are shared by equal args).
    const meeting = demoMeeting({ ...demo, questions } as DemoArgs);
    if (asked.has(meeting)) return view(meeting, sort);
    asked.add(meeting);
    afterJoin(meeting, () => {
      const people = meeting.director.people;
      const ids = questions.map((text, i) =>
        meeting.director.qna.ask(people[i % Math.max(1, people.length)]?.id ?? 'Ada', text, {
          anonymous: i === 1,
        }),
      );
      // The second question gets the most votes; a host answered the first.
      for (const person of people.slice(0, 3))
        if (ids[1]) meeting.director.qna.upvote(person.id, ids[1]);
      if (ids[0]) meeting.director.qna.answer(ids[0]);
    });
    return view(meeting, sort);
  },
};

const asked = new WeakSet<DemoMeeting>();

function view(meeting: DemoMeeting, sort: Args['sort']) {
  return html`<rtk-qna .meeting=${meeting} sort=${sort ?? 'votes'}></rtk-qna>`;
}
export default meta;

/** A host with three questions: one answered, one anonymous and upvoted. */
export const Host: StoryObj<Args> = {
  args: {
    questions: [
      'Will the slides be shared after the meeting?',
      'How does this change the release date?',
      'Is there a recording for other time zones?',
    ],
  },
};

/** A participant (no host actions), newest first. */
export const Participant: StoryObj<Args> = {
  args: {
    preset: 'participant',
    sort: 'time',
    questions: ['Can we get a demo next week?', 'Who do we contact about the beta?'],
  },
};

/** Nobody asked anything yet. */
export const Empty: StoryObj<Args> = {};
