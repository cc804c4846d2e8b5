import type { DemoMeeting } from '../../src/demo/index.js';
import type { FileMessage, ImageMessage, Message, TextMessage } from '../../src/meeting/chat.js';

/** Runs `fn` once the story's meeting is joined (the director's chat needs a joined room). */
export function afterJoin(meeting: DemoMeeting, fn: () => void): void {
  if (meeting.self.roomJoined) fn();
  else meeting.self.once('roomJoined', fn);
}

const scripted = new WeakSet<DemoMeeting>();

/** Has the meeting's people send `lines` (once per meeting), taking turns in pairs. */
export function scriptChat(
  meeting: DemoMeeting,
  lines: readonly string[],
  options: { own?: readonly string[] } = {},
): void {
  if (scripted.has(meeting)) return;
  scripted.add(meeting);
  afterJoin(meeting, () => {
    const people = meeting.director.people;
    lines.forEach((line, i) => {
      const from = people[Math.floor(i / 2) % Math.max(1, people.length)]?.name;
      if (from) meeting.director.chat.send(from, line);
    });
    for (const line of options.own ?? [])
      void meeting.chat?.sendTextMessage(line).catch(() => undefined);
  });
}

/** A small raster image as a PNG data URL (drawn locally: no network, a safe scheme). */
export function demoPng(colour = '#0e7490', width = 320, height = 200): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(width / 2, height / 2, Math.min(width, height) / 4, 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas.toDataURL('image/png');
}

const base = {
  userId: 'story-user',
  displayName: 'Amara Okafor',
  time: new Date(2026, 0, 15, 10, 30),
  isEdited: false,
  pinned: false,
};

/** A standalone text message for stories of the message views. */
export function textMessage(message: string, extra: Partial<TextMessage> = {}): TextMessage {
  return {
    ...base,
    id: `t-${message.length}-${message.slice(0, 8)}`,
    type: 'text',
    message,
    ...extra,
  };
}

/** A standalone image message. */
export function imageMessage(link: string, extra: Partial<ImageMessage> = {}): ImageMessage {
  return { ...base, id: 'image-1', type: 'image', link, ...extra };
}

/** A standalone file message. */
export function fileMessage(
  name: string,
  size: number,
  link: string,
  extra: Partial<FileMessage> = {},
): FileMessage {
  return { ...base, id: `file-${name}`, type: 'file', name, size, link, ...extra };
}

/** `count` text messages from two people, a minute apart, for list stories. */
export function manyMessages(count: number, lines: readonly string[]): Message[] {
  const start = new Date(2026, 0, 15, 9, 0).getTime();
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `m-${i}`,
    userId: i % 3 === 0 ? 'u-2' : 'u-1',
    displayName: i % 3 === 0 ? 'Jonas Weber' : 'Amara Okafor',
    type: 'text' as const,
    message: lines[i % lines.length],
    time: new Date(start + i * 60_000),
    timeMs: start + i * 60_000,
  }));
}
