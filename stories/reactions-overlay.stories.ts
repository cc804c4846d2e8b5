import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/reactions-overlay/rtk-reactions-overlay.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const reacting = new WeakSet<DemoMeeting>();

/** Once joined, the people react now and then (a clap, a heart, a laugh). */
function withReactions(meeting: DemoMeeting): DemoMeeting {
  if (reacting.has(meeting)) return meeting;
  reacting.add(meeting);
  const react = () =>
    meeting.director.people.forEach((p, i) =>
      meeting.director.hands.react(p.id, ['👏', '❤️', '😂'][i % 3]),
    );
  // After the overlay is on the page (the next frame), so its language reads them out.
  const soon = () => requestAnimationFrame(react);
  if (meeting.self.roomJoined) soon();
  else meeting.self.once('roomJoined', soon);
  return meeting;
}

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Reactions overlay',
  component: 'rtk-reactions-overlay',
  args: { seed: 1, join: true, people: 3 },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<rtk-reactions-overlay .meeting=${withReactions(demoMeeting(demo))}></rtk-reactions-overlay>`,
};
export default meta;

/**
 * On its own over the page: the people's reactions float at the edge (their tiles are not on the
 * page), each with its sender's name, and are read out politely.
 */
export const Default: StoryObj<DemoArgs> = {};
