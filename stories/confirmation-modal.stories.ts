import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/confirmation-modal/rtk-confirmation-modal.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

const meta: Meta<DemoArgs> = {
  title: 'Meeting/Confirmation modal',
  component: 'rtk-confirmation-modal',
  args: { people: 2, seed: 1, join: true, ...{} },
  argTypes: { ...demoArgTypes },
  render: (demo) =>
    html`<div><rtk-confirmation-modal .meeting=${demoMeeting(demo)} .states=${{ activeConfirmationModal: { active: true, header: 'Remove Ada?', content: 'She can join again.', ctaText: 'Remove' } }}></rtk-confirmation-modal></div>`,
};
export default meta;

/** In a joined demo meeting. */
export const Default: StoryObj<DemoArgs> = {};
