import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/file-picker-button/rtk-file-picker-button.js';

interface Args {
  icon: string;
  filter: string;
}

const meta: Meta<Args> = {
  title: 'Chat/File picker button',
  component: 'rtk-file-picker-button',
  args: { icon: 'attach', filter: '' },
  argTypes: { icon: { control: 'inline-radio', options: ['attach', 'image', 'file'] } },
  render: ({ icon, filter }) =>
    html`<rtk-file-picker-button .icon=${icon} .filter=${filter}></rtk-file-picker-button>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Any file. */
export const Default: Story = {};

/** Images only. */
export const Images: Story = { args: { icon: 'image', filter: 'image/gif,image/jpeg,image/png' } };
