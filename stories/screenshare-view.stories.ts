import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/screenshare-view/rtk-screenshare-view.js';
import type { ScreenshareNameTagPosition } from '../src/components/screenshare-view/screenshare-view.js';
import type { DemoMeeting } from '../src/demo/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  self?: boolean;
  fit?: 'fit' | 'fill';
  nameTagPosition?: ScreenshareNameTagPosition;
  variant?: 'solid' | 'gradient';
  hideFullScreenButton?: boolean;
};

const positions: ScreenshareNameTagPosition[] = [
  'bottom-left',
  'bottom-right',
  'bottom-center',
  'top-left',
  'top-right',
  'top-center',
];

/** Runs `fn` once the meeting is joined (now, if it already is). */
function whenJoined(meeting: DemoMeeting, fn: () => void): void {
  if (meeting.self.roomJoined) return fn();
  const onJoined = () => {
    meeting.self.off('roomJoined', onJoined);
    fn();
  };
  meeting.self.on('roomJoined', onJoined);
}

const meta: Meta<Args> = {
  title: 'Meeting/Screen share view',
  component: 'rtk-screenshare-view',
  args: {
    seed: 4,
    people: 2,
    join: true,
    fit: 'fit',
    nameTagPosition: 'bottom-left',
    variant: 'solid',
  },
  argTypes: {
    ...demoArgTypes,
    self: {
      control: 'boolean',
      description: 'Show your own share (a notice, not a mirror of the screen).',
    },
    fit: { control: 'inline-radio', options: ['fit', 'fill'] },
    nameTagPosition: { control: 'select', options: positions },
    variant: { control: 'inline-radio', options: ['solid', 'gradient'] },
    hideFullScreenButton: { control: 'boolean' },
  },
  render: ({ self, fit, nameTagPosition, variant, hideFullScreenButton, ...demo }) => {
    const meeting = demoMeeting(demo);
    const person = meeting.director.people[0];
    if (self)
      whenJoined(meeting, () => void meeting.self.enableScreenShare().catch(() => undefined));
    else if (person && !person.screenShareEnabled) meeting.director.setScreenShare(person.id, true);
    return html`<div style="width: 640px; height: 360px">
      <rtk-screenshare-view
        .meeting=${meeting}
        .participant=${self ? meeting.self : person}
        fit=${fit ?? 'fit'}
        name-tag-position=${nameTagPosition ?? 'bottom-left'}
        variant=${variant ?? 'solid'}
        ?hide-full-screen-button=${hideFullScreenButton}
      ></rtk-screenshare-view>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Someone shares their screen: the whole screen fits in the view. */
export const Remote: Story = {};

/** Filling the view: the screen covers it, cropped at the edges. */
export const Fill: Story = { args: { fit: 'fill', seed: 5 } };

/** The name tag at the top, on a gradient; no full-screen button. */
export const TopNameTag: Story = {
  args: { seed: 6, nameTagPosition: 'top-right', variant: 'gradient', hideFullScreenButton: true },
};

/** You share your screen: a notice with a stop button instead of a mirror of your own screen. */
export const Self: Story = { args: { seed: 7, self: true } };

/** The default slot (official): the page's own control over the screen, at its top start corner. */
export const Slotted: Story = {
  render: (args) => {
    const meeting = demoMeeting(args);
    const person = meeting.director.people[0];
    if (person && !person.screenShareEnabled) meeting.director.setScreenShare(person.id, true);
    return html`<div style="width: 640px; height: 360px">
      <rtk-screenshare-view .meeting=${meeting} .participant=${person}
        ><button type="button">Annotate</button></rtk-screenshare-view
      >
    </div>`;
  },
};
