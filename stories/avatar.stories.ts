import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/avatar/rtk-avatar.js';
import { demoMeeting } from './helpers/demo.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

type Args = FrameArgs & {
  name?: string;
  picture?: string;
  variant?: 'circular' | 'square' | 'hexagon';
  size?: 'sm' | 'md' | 'lg' | 'xl';
};

// A small picture drawn here, so the story works offline.
const PICTURE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#2160fd"/><circle cx="20" cy="16" r="7" fill="#fff"/><path d="M6 40a14 14 0 0 1 28 0" fill="#fff"/></svg>',
  );

const meta: Meta<Args> = {
  title: 'Primitives/Avatar',
  component: 'rtk-avatar',
  args: { name: 'Amara Okafor', variant: 'circular', size: 'md' },
  argTypes: {
    ...frameArgTypes,
    variant: { control: 'inline-radio', options: ['circular', 'square', 'hexagon'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
    picture: { control: 'text', description: 'Picture URL (http, https or data:image only).' },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-avatar .name=${args.name} .picture=${args.picture} .variant=${args.variant ?? 'circular'} .size=${args.size}></rtk-avatar>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Initials on the person's colour. */
export const Default: Story = {};

/** People of the demo meeting: each has a colour of their own, the same everywhere. */
export const People: Story = {
  render: (args) => {
    const meeting = demoMeeting({ people: 8, seed: 3 });
    return frame(
      args,
      meeting.director.people.map(
        (p) => html`<span style="display: inline-flex; gap: 8px; align-items: center">
          <rtk-avatar .participant=${p} decorative></rtk-avatar>${p.name}
        </span>`,
      ),
    );
  },
};

/** With a picture. */
export const Picture: Story = { args: { picture: PICTURE, size: 'lg' } };

/** A picture that fails to load falls back to initials. */
export const BrokenPicture: Story = {
  args: { picture: 'https://127.0.0.1:9/missing.png', size: 'lg' },
};

/** Circular, square, hexagon, in every size. */
export const Shapes: Story = {
  render: (args) =>
    frame(
      args,
      (['circular', 'square', 'hexagon'] as const).flatMap((variant) =>
        (['sm', 'md', 'lg', 'xl'] as const).map(
          (size) => html`<rtk-avatar name="Lin Wei" variant=${variant} size=${size}></rtk-avatar>`,
        ),
      ),
    ),
};

/** Light theme. */
export const Light: Story = { ...People, args: { theme: 'light' } };

/** Right to left. */
export const RightToLeft: Story = { ...People, args: { dir: 'rtl' } };

/** The default slot (official): a status badge over the picture, at its bottom end corner. */
export const Slotted: Story = {
  args: { size: 'lg' },
  render: (args) =>
    frame(
      args,
      html`<rtk-avatar .name=${args.name} .size=${args.size}
        ><span
          role="img"
          aria-label="Available"
          style="display: block; inline-size: 14px; block-size: 14px; border-radius: 50%; background: #15803d; border: 2px solid #fff"
        ></span
      ></rtk-avatar>`,
    ),
};
