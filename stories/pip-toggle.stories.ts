import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/pip-toggle/rtk-pip-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  variant?: 'button' | 'horizontal';
  size?: Size;
  /** The browser cannot do picture in picture (the demo is told so). */
  unsupported?: boolean;
  /** The next try fails, as when the browser refuses the window. */
  failNext?: boolean;
};

const meta: Meta<Args> = {
  title: 'Controls/Pip toggle',
  component: 'rtk-pip-toggle',
  args: { people: 5, seed: 1, join: true, variant: 'button' },
  argTypes: {
    ...demoArgTypes,
    variant: { control: 'inline-radio', options: ['button', 'horizontal'] },
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
    unsupported: { control: 'boolean', description: 'The browser cannot do picture in picture.' },
    failNext: { control: 'boolean', description: 'The next try fails (the browser refuses).' },
  },
  render: ({ variant, size, unsupported, failNext, ...demo }) => {
    const meeting = demoMeeting(demo);
    const pip = meeting.participants.pip!;
    if (unsupported) pip.isSupported = () => false;
    if (failNext) meeting.director.failNextPip();
    return html`<div style="padding-top: 48px">
      <rtk-pip-toggle .meeting=${meeting} .variant=${variant ?? 'button'} .size=${size}></rtk-pip-toggle>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The demo meeting's picture in picture works where the browser has it (Chromium, Safari): click
 * to float the people (the latest speakers) in a window of their own.
 */
export const Default: Story = {};

/** The next try fails: a notification says so, and the button stays off. */
export const Refused: Story = { args: { failNext: true } };

/** The browser cannot do it: disabled, with the reason. */
export const Unsupported: Story = { args: { unsupported: true } };
