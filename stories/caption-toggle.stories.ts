import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/caption-toggle/rtk-caption-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { on?: boolean; variant?: 'button' | 'horizontal' };

const meta: Meta<Args> = {
  title: 'Controls/Caption toggle',
  component: 'rtk-caption-toggle',
  args: { seed: 1, join: true, people: 2, on: false, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    on: { control: 'boolean', description: 'Captions shown (UI state `activeCaptions`).' },
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
  },
  render: ({ on, variant, ...demo }) =>
    html`<rtk-caption-toggle
      .meeting=${demoMeeting(demo)}
      .states=${{ activeCaptions: on }}
      variant=${variant ?? 'button'}
    ></rtk-caption-toggle>`,
};
export default meta;

/** Captions off: the button turns them on. */
export const Default: StoryObj<Args> = {};

/** Captions shown: a pressed button. */
export const On: StoryObj<Args> = { args: { on: true } };

/** A preset without transcription: the toggle hides itself. */
export const NotAllowed: StoryObj<Args> = { args: { preset: 'webinar-viewer' } };
