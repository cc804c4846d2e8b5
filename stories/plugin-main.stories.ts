import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/plugin-main/rtk-plugin-main.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Args = DemoArgs & {
  /** The plugin on the stage. */
  plugin?: 'whiteboard' | 'notes';
  /** Scripted people have drawn on the whiteboard. */
  drawings?: boolean;
  /** The preset lets this person only watch the plugin. */
  viewOnly?: boolean;
};

const meta: Meta<Args> = {
  title: 'Meeting/Plugin main',
  component: 'rtk-plugin-main',
  args: { seed: 1, join: true, people: 4, plugin: 'whiteboard', drawings: true },
  argTypes: {
    ...demoArgTypes,
    plugin: { control: 'inline-radio', options: ['whiteboard', 'notes'] },
    drawings: { control: 'boolean' },
    viewOnly: { control: 'boolean' },
  },
  render: ({ plugin = 'whiteboard', drawings, viewOnly, ...demo }) => {
    const meeting = demoMeeting(demo);
    const { director } = meeting;
    director.plugins.activate(plugin, director.people[0]?.id);
    if (drawings && plugin === 'whiteboard') {
      void director.plugins.draw({
        shape: 'star',
        color: 'red',
        at: { x: 500, y: 420 },
        animate: false,
      });
      void director.plugins.draw({
        shape: 'loop',
        color: 'blue',
        at: { x: 1050, y: 560 },
        animate: false,
      });
    }
    const shown = meeting.plugins.all.toArray().find((p) => p.id.endsWith(`:${plugin}`));
    // The preset lets this person only watch the plugin (`plugins.config[id].accessControl`).
    if (viewOnly) {
      const plugins = meeting.self.permissions.plugins as { config?: Record<string, unknown> };
      plugins.config = { ...plugins.config, [plugin]: { accessControl: 'VIEW_ONLY' } };
    }
    return html`<div style="height: 480px; display: flex">
      <rtk-plugin-main .meeting=${meeting} .plugin=${shown}></rtk-plugin-main>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whiteboard on the stage, with what others drew. */
export const Whiteboard: Story = {};

/** The whiteboard for someone the preset lets only watch: no tools. */
export const ViewOnly: Story = { args: { viewOnly: true } };

/** A plugin this app has no view for. */
export const NoView: Story = { args: { plugin: 'notes' } };

/** The default slot (official): the page's note below the plugin. */
export const Slotted: Story = {
  render: ({ plugin = 'whiteboard', ...demo }) => {
    const meeting = demoMeeting(demo);
    meeting.director.plugins.activate(plugin, meeting.director.people[0]?.id);
    const shown = meeting.plugins.all.toArray().find((p) => p.id.endsWith(`:${plugin}`));
    return html`<div style="height: 480px; display: flex; flex-direction: column">
      <rtk-plugin-main .meeting=${meeting} .plugin=${shown}
        ><p>Drawings are saved with the meeting's notes.</p></rtk-plugin-main
      >
    </div>`;
  },
};
