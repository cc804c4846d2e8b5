import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/paginated-list/rtk-paginated-list.js';
import { frame, frameArgTypes, type FrameArgs } from './helpers/frame.js';

interface Message {
  id: number;
  author: string;
  text: string;
  timestamp: number;
}

const authors = ['Amara', 'Bruno', 'Chen', 'Dalia', 'Emeka'];
const start = Date.UTC(2026, 0, 1, 12);
const messages: Message[] = Array.from({ length: 60 }, (_, i) => ({
  id: i,
  author: authors[i % authors.length],
  text: `Message number ${60 - i}`,
  timestamp: start - i * 60_000,
}));

/** A fake server: the page before `timestamp`, newest first, after a short delay. */
const fetchMessages = (timestamp: number, size: number) =>
  new Promise<Message[]>((resolve) =>
    setTimeout(() => resolve(messages.filter((m) => m.timestamp < timestamp).slice(0, size)), 150),
  );

const renderMessage = (m: Message) =>
  html`<div style="padding: 8px 12px"><strong>${m.author}</strong> <span>${m.text}</span></div>`;

type Args = FrameArgs & {
  pageSize: number;
  emptyListLabel?: string;
  source: 'fetch' | 'items' | 'empty';
};

const meta: Meta<Args> = {
  title: 'Primitives/Paginated list',
  component: 'rtk-paginated-list',
  args: { pageSize: 10, source: 'fetch' },
  argTypes: {
    ...frameArgTypes,
    pageSize: { control: 'number' },
    emptyListLabel: { control: 'text' },
    source: { control: 'inline-radio', options: ['fetch', 'items', 'empty'] },
  },
  render: (args) =>
    frame(
      args,
      html`<rtk-paginated-list
        style="inline-size: 320px; --rtk-paginated-list-max-height: 280px"
        label="Chat messages"
        page-size=${args.pageSize}
        empty-list-label=${args.emptyListLabel ?? 'No messages yet'}
        .fetchData=${args.source === 'fetch' ? fetchMessages : args.source === 'empty' ? async () => [] : undefined}
        .items=${args.source === 'items' ? messages : undefined}
        .renderItem=${renderMessage}
      ></rtk-paginated-list>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Pages fetched with `fetchData(timestamp, size, reversed)`; scroll or press "Load more". */
export const Fetched: Story = {};

/** An `items` array shown a page at a time. */
export const FromItems: Story = { args: { source: 'items' } };

/** Nothing to list. */
export const Empty: Story = { args: { source: 'empty' } };

/** Light theme. */
export const Light: Story = { args: { theme: 'light', source: 'items' } };
