import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sidebar/rtk-sidebar.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  section?: 'chat' | 'polls' | 'participants' | 'plugins';
  view?: 'sidebar' | 'full-screen';
};

const meta: Meta<Args> = {
  title: 'Meeting/Sidebar',
  component: 'rtk-sidebar',
  args: { people: 3, seed: 1, join: true, section: 'participants', view: 'sidebar' },
  argTypes: {
    ...demoArgTypes,
    section: { control: 'select', options: ['chat', 'polls', 'participants', 'plugins'] },
    view: { control: 'inline-radio', options: ['sidebar', 'full-screen'] },
  },
  render: ({
    section,
    view,
    ...demo
  }) => html`<div style="position: relative; height: 480px; width: ${view === 'full-screen' ? '390px' : 'auto'}">
    <rtk-sidebar
      .meeting=${demoMeeting(demo)}
      .states=${{ activeSidebar: true, sidebar: section }}
      .view=${view ?? 'sidebar'}
    ></rtk-sidebar>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A host: chat, polls, participants and plugins. */
export const Host: Story = {};

/** A participant: no plugins tab. */
export const Participant: Story = { args: { preset: 'participant', section: 'chat' } };

/** A webinar viewer. */
export const WebinarViewer: Story = { args: { preset: 'webinar-viewer', section: 'polls' } };

/** On a phone: a full-screen sheet. */
export const Sheet: Story = { args: { view: 'full-screen' } };
