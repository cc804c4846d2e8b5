import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/markdown-view/rtk-markdown-view.js';

type Args = { text?: string; maxLength?: number };

const meta: Meta<Args> = {
  title: 'Chat/Markdown view',
  component: 'rtk-markdown-view',
  args: {
    text: 'Some **bold**, some *italic* and `code`.\n\n- first\n- second\n\n1. one\n2. two\n\n```\nnpm run bench\n```\nRead https://example.com/guide or [the docs](https://example.org).',
  },
  argTypes: { text: { control: 'text' }, maxLength: { control: 'number' } },
  render: ({ text, maxLength }) =>
    html`<div style="inline-size: 360px"><rtk-markdown-view .text=${text ?? ''} .maxLength=${maxLength ?? 4000}></rtk-markdown-view></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every supported mark. */
export const Default: Story = { args: {} };

/** Markup and unsafe links stay text. */
export const Hostile: Story = {
  args: {
    text: '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) abc \u202Eevil\u202C',
  },
};

/** A long text, clamped with "Show more". */
export const Long: Story = { args: { text: 'lorem ipsum dolor '.repeat(40), maxLength: 120 } };
