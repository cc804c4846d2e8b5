import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/file-message-view/rtk-file-message-view.js';

type Args = { name?: string; fileSize?: number; url?: string };

const meta: Meta<Args> = {
  title: 'Chat/File message view',
  component: 'rtk-file-message-view',
  args: { name: 'quarterly-report.pdf', fileSize: 1_548_000, url: 'data:text/plain,report' },
  render: ({ name, fileSize, url }) =>
    html`<div style="inline-size: 320px"><rtk-file-message-view .name=${name ?? ''} .size=${fileSize ?? 0} .url=${url ?? ''}></rtk-file-message-view></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A file with a download link. */
export const Default: Story = { args: {} };

/** An unsafe address: listed without a link. */
export const UnsafeLink: Story = {
  args: { name: 'run-me.html', fileSize: 420, url: 'javascript:alert(1)' },
};
