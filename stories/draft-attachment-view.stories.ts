import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/draft-attachment-view/rtk-draft-attachment-view.js';

interface Args {
  fileName: string;
  kind: 'image' | 'file';
}

/** A small PNG (a 1×1 pixel), so the preview needs no network. */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

const meta: Meta<Args> = {
  title: 'Chat/Draft attachment view',
  component: 'rtk-draft-attachment-view',
  args: { fileName: 'quarterly-report.pdf', kind: 'file' },
  argTypes: { kind: { control: 'inline-radio', options: ['image', 'file'] } },
  render: ({ fileName, kind }) => {
    const file =
      kind === 'image'
        ? new File([PIXEL], fileName, { type: 'image/png' })
        : new File(['x'.repeat(48_000)], fileName, { type: 'application/pdf' });
    return html`<div style="max-inline-size: 320px">
      <rtk-draft-attachment-view .attachment=${{ type: kind, file }}></rtk-draft-attachment-view>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A file: name, size, remove. */
export const File_: Story = { name: 'File' };

/** An image: a preview. */
export const Image: Story = { args: { kind: 'image', fileName: 'photo.png' } };
