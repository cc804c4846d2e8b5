import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/language-picker/rtk-language-picker.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';
import { frame } from './helpers/frame.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Language picker',
  component: 'rtk-language-picker',
  args: { seed: 1, join: true, people: 4 },
  argTypes: { ...demoArgTypes },
  // Painted like the settings and setup screens it sits in (it has no background of its own).
  render: (demo) =>
    frame(
      {},
      html`<rtk-language-picker
        style="max-inline-size: 20rem"
        .meeting=${demoMeeting(demo)}
      ></rtk-language-picker>`,
    ),
};
export default meta;

/** The languages the kit ships, each in its own language; choosing one switches the meeting. */
export const Default: StoryObj<DemoArgs> = {};
