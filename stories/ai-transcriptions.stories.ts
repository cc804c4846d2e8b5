import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ai-transcriptions/rtk-ai-transcriptions.js';
import type { TranscriptionData } from '../src/meeting/ai.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { lines?: string[]; speakers?: string[] };

/** Lines said a few seconds apart, by the speakers in turn (two lines each). */
function transcript(lines: string[], speakers: string[]): TranscriptionData[] {
  const start = Date.UTC(2026, 0, 5, 9, 30);
  return lines.map((transcript, i) => {
    const name = speakers[Math.floor(i / 2) % speakers.length] ?? '';
    return {
      id: `line-${i}`,
      name,
      peerId: `peer-${name}`,
      userId: `user-${name}`,
      customParticipantId: name,
      transcript,
      isPartialTranscript: false,
      date: new Date(start + i * 7000),
    };
  });
}

const meta: Meta<Args> = {
  title: 'Captions/Transcript',
  component: 'rtk-ai-transcriptions',
  args: {
    seed: 1,
    join: true,
    people: 2,
    speakers: ['Ada Lovelace', 'Grace Hopper'],
    lines: [
      'Welcome back, everyone.',
      'Let us start with the release.',
      'The release is on track.',
      'Testing finishes on Thursday.',
      'Great, thanks for the update.',
    ],
  },
  argTypes: {
    ...demoArgTypes,
    lines: { control: 'object', description: 'What was said, in order.' },
    speakers: { control: 'object', description: 'Who said it, two lines each in turn.' },
  },
  render: ({ lines, speakers, ...demo }) =>
    html`<div style="block-size: 480px; inline-size: 360px; display: flex">
      <rtk-ai-transcriptions
        style="flex: 1"
        .meeting=${demoMeeting(demo)}
        .initialTranscriptions=${transcript(lines ?? [], speakers ?? [])}
      ></rtk-ai-transcriptions>
    </div>`,
};
export default meta;

/** A transcript grouped by speaker and time, with search, copy and downloads. */
export const Default: StoryObj<Args> = {};

/** Before anyone spoke. */
export const Empty: StoryObj<Args> = { args: { lines: [] } };

/** A preset without transcription: a notice. */
export const NotAllowed: StoryObj<Args> = { args: { preset: 'webinar-viewer' } };
