import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dialog-manager/rtk-dialog-manager.js';
// Preloaded, so the story renders its dialog at once (the manager loads them lazily otherwise).
import '../src/components/dialog-manager/dialogs.js';
import type { UiStates } from '../src/context/states.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { states?: Partial<UiStates> };

const meta: Meta<Args> = {
  title: 'Meeting/Dialog manager',
  component: 'rtk-dialog-manager',
  args: { people: 2, seed: 1, join: true, states: { activeLeaveConfirmation: true } },
  argTypes: { ...demoArgTypes, states: { control: 'object' } },
  render: ({ states, ...demo }) =>
    html`<rtk-dialog-manager .meeting=${demoMeeting(demo)} .states=${states}></rtk-dialog-manager>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The leave confirmation of a host: leave, or end for everyone. */
export const LeaveAsHost: Story = {};

/** The leave confirmation of a participant. */
export const LeaveAsParticipant: Story = { args: { preset: 'participant' } };

/** A confirmation asked for through the states. */
export const Confirmation: Story = {
  args: {
    states: {
      activeConfirmationModal: {
        active: true,
        header: 'Remove Ada?',
        content: 'She can join again with the link.',
        ctaText: 'Remove',
      },
    },
  },
};

/** A blocking overlay. */
export const Overlay: Story = {
  args: {
    states: {
      activeOverlayModal: {
        active: true,
        title: 'Moving you to another room',
        description: 'This takes a moment.',
      },
    },
  },
};
