import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/controlbar-button/rtk-controlbar-button.js';
import '../src/components/meeting/rtk-meeting.js';
import { openSidebarSection } from '../src/extensions/index.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** Width of the meeting in CSS pixels (390: a phone, where the button is in "More"). */
  width?: number;
  /** UI states to start with (e.g. the page's own sidebar section open). */
  sidebar?: string;
};

// The extension points of README "Extending the UI", each written as markup inside rtk-meeting
// (the JavaScript functions in src/extensions/ write the same elements).

const meta: Meta<Args> = {
  title: 'Meeting/Extending the UI',
  component: 'rtk-meeting',
  args: { people: 3, seed: 1, join: true },
  argTypes: {
    ...demoArgTypes,
    width: { control: 'number', description: 'Width of the meeting in CSS pixels.' },
  },
  render: ({ width, sidebar, ...demo }) => {
    const meeting = demoMeeting(demo);
    const log = (text: string) => () => {
      const out = document.querySelector('#extension-log');
      if (out) out.textContent = text;
    };
    return html`<div style="height: 640px; ${width ? `width: ${width}px` : ''}">
        <rtk-meeting
          .meeting=${meeting}
          .states=${sidebar ? { activeSidebar: true, sidebar } : undefined}
          @rtkParticipantMenuSelect=${(e: CustomEvent<{ participant: { name: string } }>) =>
            log(`View profile: ${e.detail.participant.name}`)()}
        >
          <rtk-controlbar-button
            slot="controlbar-extra"
            label="Notes"
            icon="chat"
            @click=${(e: Event) => openSidebarSection(e.currentTarget as Element, 'notes')}
          ></rtk-controlbar-button>
          <span slot="participant-menu" data-icon="person">View profile</span>
          <div slot="sidebar-section" data-id="notes" data-label="Notes" style="padding: 12px">
            <label
              >Shared notes<br /><textarea rows="6" style="inline-size: 100%"></textarea
            ></label>
          </div>
        </rtk-meeting>
      </div>
      <p id="extension-log" role="status"></p>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A control bar button of the page's own ("Notes"), before "More"; it opens the Notes section. */
export const ControlbarButton: Story = {};

/** On a phone the page's button is an item of "More", like the built-in ones. */
export const ControlbarButtonOnPhone: Story = { args: { width: 390 } };

/** "View profile" in every person's menu (open a tile's menu); choosing it names the person. */
export const ParticipantMenuItem: Story = { args: { sidebar: 'participants' } };

/** The page's own sidebar section, "Notes", as a tab after the default ones. */
export const SidebarSection: Story = { args: { sidebar: 'notes' } };
