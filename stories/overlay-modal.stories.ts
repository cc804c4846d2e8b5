import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/overlay-modal/rtk-overlay-modal.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Overlay modal',
  component: 'rtk-overlay-modal',
  args: { people: 2, seed: 1, join: true, ...{} },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div><rtk-overlay-modal .meeting=${demoMeeting(demo)} .states=${{ activeOverlayModal: { active: true, title: 'Moving you to another room' } }}></rtk-overlay-modal></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
