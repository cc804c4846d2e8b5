import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/image-viewer/rtk-image-viewer.js';
import { demoPng, imageMessage } from './helpers/chat-messages.js';

type Args = { displayName?: string };

const meta: Meta<Args> = {
  title: 'Chat/Image viewer',
  component: 'rtk-image-viewer',
  args: { displayName: 'Amara Okafor' },
  render: ({ displayName }) =>
    html`<rtk-image-viewer .image=${imageMessage(demoPng('#7c3aed', 960, 600), { displayName: displayName ?? '' })}></rtk-image-viewer>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Full size in a modal dialog, with a download link. */
export const Default: Story = { args: {} };
