import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sidebar-ui/rtk-sidebar-ui.js';
import type { SidebarTab } from '../src/components/sidebar-ui/rtk-sidebar-ui.js';

type Args = {
  tabs?: SidebarTab[];
  currentTab?: string;
  hideCloseAction?: boolean;
  hideHeader?: boolean;
  view?: 'sidebar' | 'full-screen';
};

const meta: Meta<Args> = {
  title: 'Meeting/Sidebar UI',
  component: 'rtk-sidebar-ui',
  args: {
    tabs: [
      { id: 'notes', name: 'Notes' },
      { id: 'files', name: 'Files' },
    ],
    currentTab: 'notes',
    view: 'sidebar',
  },
  argTypes: {
    tabs: { control: 'object', description: 'Tabs as `{ id, name }` (names are page data).' },
    currentTab: { control: 'text' },
    hideCloseAction: { control: 'boolean' },
    hideHeader: { control: 'boolean' },
    view: { control: 'inline-radio', options: ['sidebar', 'full-screen'] },
  },
  render: ({
    tabs,
    currentTab,
    hideCloseAction,
    hideHeader,
    view,
  }) => html`<div style="height: 360px">
    <rtk-sidebar-ui
      .tabs=${tabs ?? []}
      .currentTab=${currentTab}
      ?hide-close-action=${hideCloseAction}
      ?hide-header=${hideHeader}
      .view=${view ?? 'sidebar'}
      @tabChange=${(e: CustomEvent<string>) => ((e.currentTarget as HTMLElement & { currentTab?: string }).currentTab = e.detail)}
    ></rtk-sidebar-ui>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Two tabs; choosing one switches (the page sets `currentTab` on `tabChange`). */
export const Tabs: Story = {};

/** A single section: its title instead of tabs. */
export const SingleSection: Story = { args: { tabs: [{ id: 'notes', name: 'Notes' }] } };

/** Without the close button. */
export const NoClose: Story = { args: { hideCloseAction: true } };

/** More tabs than fit: those that do not fold into "More"; the current one always shows. */
export const FoldedTabs: Story = {
  args: {
    tabs: [
      { id: 'chat', name: 'Chat' },
      { id: 'polls', name: 'Umfragen' },
      { id: 'participants', name: 'Teilnehmende' },
      { id: 'plugins', name: 'Plugins' },
      { id: 'notes', name: 'Besprechungsnotizen' },
    ],
    currentTab: 'plugins',
  },
};

/** The slot pinned-state (official): the page's pin toggle in the header, before close. */
export const Slotted: Story = {
  render: ({ tabs, currentTab }) => html`<div style="height: 360px">
    <rtk-sidebar-ui .tabs=${tabs ?? []} .currentTab=${currentTab}
      ><button slot="pinned-state" type="button" aria-pressed="false">Pin</button>
      <p style="padding: 16px">The notes of the meeting.</p></rtk-sidebar-ui
    >
  </div>`,
};
