import type { DraftAttachment } from '../events/delete-attachment.js';
import type { Message } from '../meeting/chat.js';

/** Image types chats accept as images (others are sent as files). */
export const IMAGE_TYPES: readonly string[] = ['image/gif', 'image/jpeg', 'image/png'];

/** An attachment for `file`: an image when chats show it inline, else a file. */
export function attachmentOf(file: File): DraftAttachment {
  return { type: IMAGE_TYPES.includes(file.type) ? 'image' : 'file', file };
}

/** A row of a message list: a day separator or a message. */
export type ChatRow =
  | { kind: 'day'; key: string; date: Date }
  | { kind: 'message'; key: string; message: Message; continued: boolean };

/** Consecutive messages of one sender within this time are grouped under one name. */
const GROUP_WINDOW_MS = 5 * 60 * 1000;

/** A message's time as a `Date` (the SDK gives a `Date`; a serialized message may give a string). */
export function messageTime(m: Pick<Message, 'time' | 'timeMs'>): Date {
  if (typeof m.timeMs === 'number') return new Date(m.timeMs);
  const d = m.time instanceof Date ? m.time : new Date(m.time as unknown as string);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

/** The local calendar day of `d`, as a key. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/**
 * The rows `message` adds after `previous` (the message before it in the list, if any): a day
 * separator when it starts a new day, then its own row, "continued" when `previous` is from the
 * same sender within the grouping window and the same day. Only the new message's rows depend
 * on its neighbour: the rows before it never change when a message is added.
 */
export function nextRows(previous: Message | undefined, message: Message): ChatRow[] {
  if (!message || typeof message !== 'object') return [];
  const time = messageTime(message);
  const day = dayKey(time);
  const before = previous && typeof previous === 'object' ? messageTime(previous) : undefined;
  const newDay = !before || dayKey(before) !== day;
  const continued =
    !newDay &&
    previous!.userId === message.userId &&
    time.getTime() - before!.getTime() < GROUP_WINDOW_MS;
  const row: ChatRow = { kind: 'message', key: String(message.id), message, continued };
  return newDay ? [{ kind: 'day', key: `day:${day}`, date: time }, row] : [row];
}

/** Rows for `messages` (oldest first): day separators, and "continued" for grouped messages. */
export function buildRows(messages: readonly Message[]): ChatRow[] {
  const rows: ChatRow[] = [];
  let previous: Message | undefined;
  for (const message of messages) {
    const added = nextRows(previous, message);
    if (!added.length) continue;
    rows.push(...added);
    previous = message;
  }
  return rows;
}
