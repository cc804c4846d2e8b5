import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/qna-toggle/rtk-qna-toggle.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** Questions others ask after joining (the toggle counts them). */
  questions?: string[];
  variant?: 'button' | 'horizontal';
};

const asked = new WeakSet<DemoMeeting>();

function afterJoin(meeting: DemoMeeting, fn: () => void): void {
  if (meeting.self.roomJoined) fn();
  else meeting.self.once('roomJoined', fn);
}

const meta: Meta<Args> = {
  title: 'Controls/Q&A toggle',
  component: 'rtk-qna-toggle',
  args: { seed: 1, join: true, people: 3, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ questions = [], variant, ...demo }) => {
    const meeting = demoMeeting({ ...demo, questions } as DemoArgs);
    if (!asked.has(meeting)) {
      asked.add(meeting);
      afterJoin(meeting, () => {
        for (const text of questions)
          meeting.director.qna.ask(meeting.director.people[0]?.id ?? 'Ada', text);
      });
    }
    return html`<rtk-qna-toggle
      .meeting=${meeting}
      variant=${variant ?? 'button'}
    ></rtk-qna-toggle>`;
  },
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<Args> = {};

/** Two questions others asked since Q&A was last open. */
export const NewQuestions: StoryObj<Args> = {
  args: { questions: ['Will the slides be shared?', 'Is there a recording?'] },
};

/** As a row of "More". */
export const Horizontal: StoryObj<Args> = { args: { variant: 'horizontal' } };
