import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/mute-all-confirmation/rtk-mute-all-confirmation.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { open?: boolean };

const meta: Meta<Args> = {
  title: 'People/Mute all confirmation',
  component: 'rtk-mute-all-confirmation',
  args: { people: 4, seed: 1, join: true, preset: 'host', open: true },
  argTypes: {
    ...demoArgTypes,
    open: { control: 'boolean', description: 'The UI states ask for it.' },
  },
  render: ({ open, ...demo }) =>
    html`<rtk-mute-all-confirmation
      .meeting=${demoMeeting(demo)}
      .states=${{ activeMuteAllConfirmation: open ?? true }}
    ></rtk-mute-all-confirmation>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Mute everyone?" with the allow-unmute switch. */
export const Open: Story = {};
