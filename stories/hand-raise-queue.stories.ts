import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/hand-raise-queue/rtk-hand-raise-queue.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { withRaisedHands } from './helpers/hands.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Hand raise queue',
  component: 'rtk-hand-raise-queue',
  args: { seed: 1, join: true, people: 4, preset: 'host' },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<rtk-hand-raise-queue
      style="inline-size: 320px; padding: 12px"
      .meeting=${withRaisedHands(demoMeeting(demo))}
    ></rtk-hand-raise-queue>`,
};
export default meta;

/** A host: two raised hands, in the order they went up, each with "Lower", and "Lower all". */
export const Host: StoryObj<DemoArgs> = {};

/** A participant sees the queue without buttons. */
export const Participant: StoryObj<DemoArgs> = { args: { preset: 'participant' } };

/** Nobody has a hand up. */
export const Empty: StoryObj<DemoArgs> = {
  render: (demo) =>
    html`<rtk-hand-raise-queue
      style="inline-size: 320px; padding: 12px"
      .meeting=${demoMeeting({ ...demo, seed: 2 })}
    ></rtk-hand-raise-queue>`,
};
