import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participant-tile/rtk-participant-tile.js';
import type { NameTagPosition } from '../src/components/participant-tile/participant-tile.js';
import { demoMeeting, demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';

type Args = PersonArgs & { self?: boolean; nameTagPosition?: NameTagPosition; variant?: 'solid' | 'gradient' };

const positions: NameTagPosition[] = ['bottom-left', 'bottom-right', 'bottom-center', 'top-left', 'top-right', 'top-center'];

const meta: Meta<Args> = {
  title: 'Meeting/Participant tile',
  component: 'rtk-participant-tile',
  args: {
    seed: 1,
    personName: 'Amara Okafor',
    personAudio: true,
    personVideo: true,
    nameTagPosition: 'bottom-left',
    variant: 'solid',
  },
  argTypes: {
    ...personArgTypes,
    seed: { control: 'number' },
    self: { control: 'boolean', description: 'Show your own tile instead of a remote person.' },
    nameTagPosition: { control: 'select', options: positions },
    variant: { control: 'inline-radio', options: ['solid', 'gradient'] },
  },
  render: ({ self, nameTagPosition, variant, ...person }) => {
    const remote = self ? undefined : demoPerson(person);
    const meeting = remote?.meeting ?? demoMeeting({ seed: person.seed });
    const participant = remote?.person ?? meeting.self;
    return html`<div style="width: 480px">
      <rtk-participant-tile
        .meeting=${meeting}
        .participant=${participant}
        name-tag-position=${nameTagPosition ?? 'bottom-left'}
        variant=${variant ?? 'solid'}
      ></rtk-participant-tile>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A remote person with their camera on. */
export const VideoOn: Story = {};

/** Camera off: initials on a colour that stays the same for this person. */
export const VideoOff: Story = { args: { personName: 'Kwame Mensah', personVideo: false } };

/** Microphone off: the muted icon in the name tag. */
export const Muted: Story = { args: { personName: 'Priya Raman', personAudio: false } };

/** Talking: the speaking outline follows their voice. */
export const Speaking: Story = { args: { personName: 'Sofia Rossi', speaking: true } };

/** Pinned, with the name tag at the top. */
export const Pinned: Story = { args: { personName: 'Chen Wei', pinned: true, nameTagPosition: 'top-left' } };

/** A gradient under the name tag instead of a solid background. */
export const Gradient: Story = { args: { personName: 'Lucía García', variant: 'gradient' } };

/** A very long name is cut with an ellipsis. */
export const LongName: Story = { args: { personName: 'Maximilian von Hohenberg-Adlersfeld', personVideo: false } };

/** Your own tile: "(you)" and a mirrored video. */
export const Self: Story = { args: { self: true } };
