import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/poll-form/rtk-poll-form.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { maxOptions?: number };

const meta: Meta<Args> = {
  title: 'Polls/Poll form',
  component: 'rtk-poll-form',
  args: { people: 3, seed: 1, join: true, maxOptions: 10 },
  argTypes: {
    ...demoArgTypes,
    maxOptions: {
      control: { type: 'number', min: 2, max: 20 },
      description: 'Most options a poll may have.',
    },
  },
  render: ({ maxOptions, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="max-inline-size: 360px">
      <rtk-poll-form .meeting=${meeting} .maxOptions=${maxOptions ?? 10}></rtk-poll-form>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A host creates a poll: question, options, anonymous, hidden results. */
export const Default: Story = { args: {} };

/** At most three options. */
export const ThreeOptions: Story = { args: { maxOptions: 3 } };

const filled = new WeakSet<Element>();

/**
 * The poll never arrived (the demo's server refused it): the form is back, with everything typed
 * and a message saying the poll was not created.
 */
export const NotCreated: Story = {
  args: { seed: 4 },
  render: ({ maxOptions, ...demo }) => {
    const meeting = demoMeeting(demo);
    const fill = async (form: HTMLElement & { creationTimeout: number }) => {
      while (meeting.self.roomState !== 'joined' || !form.shadowRoot?.querySelector('input'))
        await new Promise((r) => setTimeout(r, 20));
      const inputs = [...form.shadowRoot.querySelectorAll('input')];
      ['Where should we meet?', 'Office', 'Online'].forEach((value, i) => {
        const input = inputs[i];
        if (!input) return;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      form.creationTimeout = 0;
      meeting.director.failNext('poll');
      await new Promise((r) => setTimeout(r, 20));
      form.shadowRoot.querySelector<HTMLElement>('[part="submit"]')?.click();
    };
    return html`<div style="max-inline-size: 360px">
      <rtk-poll-form
        .meeting=${meeting}
        .maxOptions=${maxOptions ?? 10}
        ${ref((el) => {
          if (el && !filled.has(el)) {
            filled.add(el);
            void fill(el as HTMLElement & { creationTimeout: number });
          }
        })}
      ></rtk-poll-form>
    </div>`;
  },
};
