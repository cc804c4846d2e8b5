import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/file-dropzone/rtk-file-dropzone.js';

const meta: Meta = {
  title: 'Chat/File dropzone',
  component: 'rtk-file-dropzone',
  render: () => html`<section
    aria-label="Drop area"
    style="position: relative; block-size: 200px; max-inline-size: 380px; border: 1px dashed currentColor"
  >
    <rtk-file-dropzone></rtk-file-dropzone>
  </section>`,
};
export default meta;

type Story = StoryObj;

/** Drag files onto the box (the layer shows while dragging), or paste an image into it. */
export const Default: Story = {};
