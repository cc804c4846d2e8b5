import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/transcript/rtk-transcript.js';

interface Args {
  name: string;
  words: string;
  partial: boolean;
}

const meta: Meta<Args> = {
  title: 'Captions/Transcript line',
  component: 'rtk-transcript',
  args: { name: 'Ada Lovelace', words: 'Can everyone see my screen?', partial: false },
  argTypes: {
    name: { control: 'text', description: 'Who speaks.' },
    words: { control: 'text', description: 'What they say.' },
    partial: { control: 'boolean', description: 'A partial result (still being said).' },
  },
  render: ({ name, words, partial }) =>
    html`<div style="padding: 16px; background: #1b1b1b">
      <rtk-transcript
        .transcript=${{
          id: 'line-1',
          name,
          peerId: 'peer-ada',
          userId: 'user-ada',
          customParticipantId: 'ada',
          transcript: words,
          isPartialTranscript: partial,
          date: new Date(),
        }}
      ></rtk-transcript>
    </div>`,
};
export default meta;

/** A finished line. */
export const Default: StoryObj<Args> = {};

/** Still being said: the same line grows as results come. */
export const Partial: StoryObj<Args> = { args: { words: 'Can everyone', partial: true } };

/** Right to left. */
export const Arabic: StoryObj<Args> = {
  args: { name: 'ليلى', words: 'هل تسمعونني جميعًا بوضوح؟' },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};
