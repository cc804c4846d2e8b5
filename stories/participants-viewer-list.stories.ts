import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/participants-viewer-list/rtk-participants-viewer-list.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { search?: string; hideHeader?: boolean };

const meta: Meta<Args> = {
  title: 'People/Viewer list',
  component: 'rtk-participants-viewer-list',
  args: { people: 20, seed: 1, join: true, preset: 'webinar-host', search: '', hideHeader: false },
  argTypes: {
    ...demoArgTypes,
    people: {
      control: { type: 'range', min: 0, max: 2000, step: 1 },
      description: 'Remote people in the room.',
    },
    search: { control: 'text' },
    hideHeader: { control: 'boolean' },
  },
  render: ({ search, hideHeader, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="block-size: 420px; inline-size: 360px">
      <rtk-participants-viewer-list .meeting=${meeting} .search=${search ?? ''} ?hide-header=${hideHeader ?? false}></rtk-participants-viewer-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A webinar's viewers, seen by its host. */
export const Webinar: Story = {};

/** A livestream with 500 viewers. */
export const LargeLivestream: Story = { args: { preset: 'livestream-host', people: 500 } };

/** Seen by a viewer: you are among them. */
export const AsViewer: Story = { args: { preset: 'webinar-viewer', people: 6 } };
