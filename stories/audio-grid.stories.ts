import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/audio-grid/rtk-audio-grid.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { hideSelf?: boolean };

const meta: Meta<Args> = {
  title: 'Meeting/Audio grid',
  component: 'rtk-audio-grid',
  args: { people: 6, seed: 1, join: true, preset: 'audio-room', hideSelf: false },
  argTypes: { ...demoArgTypes, hideSelf: { control: 'boolean' } },
  render: ({ hideSelf, ...demo }) => html`<div style="height: 420px">
    <rtk-audio-grid .meeting=${demoMeeting(demo)} ?hide-self=${hideSelf}></rtk-audio-grid>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An audio room of seven. */
export const AudioRoom: Story = {};

/** People talk and toggle their microphones on their own. */
export const Lively: Story = { args: { lively: true } };

/** Without your own tile. */
export const HideSelf: Story = { args: { hideSelf: true } };
