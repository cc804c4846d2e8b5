import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Size } from '../src/context/states.js';
import '../src/components/more-toggle/rtk-more-toggle.js';
import '../src/components/settings-toggle/rtk-settings-toggle.js';
import '../src/components/fullscreen-toggle/rtk-fullscreen-toggle.js';
import '../src/components/recording-toggle/rtk-recording-toggle.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & { size?: Size };

const meta: Meta<Args> = {
  title: 'Controls/More toggle',
  component: 'rtk-more-toggle',
  args: { people: 3, seed: 1, join: true },
  argTypes: {
    ...demoArgTypes,
    size: { control: 'select', options: [undefined, 'sm', 'md', 'lg', 'xl'] },
  },
  render: ({ size, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="padding-top: 160px">
      <rtk-more-toggle .meeting=${meeting} .size=${size}>
        <rtk-settings-toggle .meeting=${meeting} variant="horizontal"></rtk-settings-toggle>
        <rtk-fullscreen-toggle .meeting=${meeting} variant="horizontal"></rtk-fullscreen-toggle>
        <rtk-recording-toggle .meeting=${meeting} variant="horizontal"></rtk-recording-toggle>
      </rtk-more-toggle>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Secondary controls of a host behind "More" (Enter or ArrowDown opens it). */
export const Host: Story = {};

/** A participant: no recording in the menu. */
export const Participant: Story = { args: { preset: 'participant' } };

/** On a phone (`size="sm"`) the menu opens as a sheet along the bottom of the screen. */
export const Phone: Story = { args: { size: 'sm' } };

/**
 * The official slots: the page's own items through `slot="more-elements"` (a `div` around kit
 * toggles, or single elements such as a `<button>`), each a menu item, and a note in `expanded`
 * shown while the menu is open.
 */
export const PageItems: Story = {
  render: ({ size, ...demo }) => {
    const meeting = demoMeeting(demo);
    return html`<div style="padding-top: 200px">
      <rtk-more-toggle .meeting=${meeting} .size=${size}>
        <rtk-settings-toggle .meeting=${meeting} variant="horizontal"></rtk-settings-toggle>
        <div slot="more-elements">
          <rtk-fullscreen-toggle .meeting=${meeting} variant="horizontal"></rtk-fullscreen-toggle>
          <rtk-controlbar-button
            label="Copy invite link"
            icon="copy"
            variant="horizontal"
          ></rtk-controlbar-button>
        </div>
        <button slot="more-elements" type="button">Send feedback</button>
        <small slot="expanded">Alt+Shift+K lists the keyboard shortcuts.</small>
      </rtk-more-toggle>
    </div>`;
  },
};
