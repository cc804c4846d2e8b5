import { html, nothing } from 'lit';
import type { Message } from '../meeting/chat.js';

/** The time of a message as a `Date`. */
export function timeOf(m: Message): Date {
  if (typeof m.timeMs === 'number') return new Date(m.timeMs);
  return m.time instanceof Date ? m.time : new Date(m.time as unknown as string);
}

/** The content view of a message (text, image, file, or the text and attachments of a custom one). */
export function renderMessageContent(m: Message) {
  switch (m?.type) {
    case 'text':
      return html`<rtk-text-message-view .text=${String(m.message ?? '')}></rtk-text-message-view>`;
    case 'image':
      return html`<rtk-image-message-view .url=${m.link} .authorName=${m.displayName} .message=${m}></rtk-image-message-view>`;
    case 'file':
      return html`<rtk-file-message-view .name=${String(m.name ?? '')} .size=${Number(m.size) || 0} .url=${m.link}></rtk-file-message-view>`;
    case 'custom':
      return typeof m.message === 'string'
        ? html`<rtk-text-message-view .text=${m.message}></rtk-text-message-view>`
        : nothing;
    default:
      return nothing;
  }
}
