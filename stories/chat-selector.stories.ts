import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat-selector/rtk-chat-selector.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Chat/Chat selector',
  component: 'rtk-chat-selector',
  args: { people: 4, seed: 1, join: true },
  argTypes: { ...demoArgTypes },
  render: (demo) => html`<div style="max-inline-size: 380px; min-block-size: 320px">
    <rtk-chat-selector .meeting=${demoMeeting(demo)}></rtk-chat-selector>
  </div>`,
};
export default meta;

type Story = StoryObj<DemoArgs>;

/** Everyone, or one of the people in the meeting. */
export const Default: Story = {};

/** Many people: the list gets a search field. */
export const ManyPeople: Story = { args: { people: 12 } };

/** The default slot (official): the page's note after the selector. */
export const Slotted: Story = {
  render: (demo) => html`<div style="max-inline-size: 380px; min-block-size: 320px">
    <rtk-chat-selector .meeting=${demoMeeting(demo)}
      ><small>Private messages are seen by the two of you only.</small></rtk-chat-selector
    >
  </div>`,
};
