import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/text-composer-view/rtk-text-composer-view.js';

interface Args {
  value: string;
  maxLength?: number;
  disabled: boolean;
  rateLimitBreached: boolean;
}

const meta: Meta<Args> = {
  title: 'Chat/Text composer view',
  component: 'rtk-text-composer-view',
  args: { value: '', disabled: false, rateLimitBreached: false },
  render: (args) => html`<div style="max-inline-size: 380px">
    <rtk-text-composer-view
      .value=${args.value}
      .maxLength=${args.maxLength}
      .disabled=${args.disabled}
      .rateLimitBreached=${args.rateLimitBreached}
    ></rtk-text-composer-view>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Empty. */
export const Default: Story = {};

/** Near the character limit: the counter shows. */
export const NearLimit: Story = { args: { value: 'Almost there', maxLength: 13 } };

/** Past the limit. */
export const OverLimit: Story = { args: { value: 'Far too long', maxLength: 5 } };

/** Sending too quickly. */
export const RateLimited: Story = { args: { value: 'Again', rateLimitBreached: true } };
