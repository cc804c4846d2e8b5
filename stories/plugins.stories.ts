import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plugins/rtk-plugins.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** A plugin someone else opened for everyone (its name), if any. */
  openedByOther?: string;
};

const meta: Meta<Args> = {
  title: 'Meeting/Plugins',
  component: 'rtk-plugins',
  args: { seed: 1, join: true, people: 4 },
  argTypes: {
    ...demoArgTypes,
    openedByOther: { control: 'select', options: [undefined, 'whiteboard', 'notes', 'timer'] },
  },
  render: ({ openedByOther, ...demo }) => {
    const meeting = demoMeeting(demo);
    if (openedByOther)
      meeting.director.plugins.activate(openedByOther, meeting.director.people[0]?.id);
    return html`<div style="max-width: 360px">
      <rtk-plugins .meeting=${meeting}></rtk-plugins>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host may start every plugin the app declared. */
export const Host: Story = {};

/** Someone else opened the whiteboard: the list says who, and a host may close it. */
export const OpenedBySomeoneElse: Story = { args: { openedByOther: 'whiteboard' } };

/** A participant may not start or close plugins: the list shows what is open and by whom. */
export const Participant: Story = { args: { preset: 'participant', openedByOther: 'notes' } };
