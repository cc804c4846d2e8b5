import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElementBase } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import { safeFileUrl } from '../../internal/safe-url.js';

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|svg|heic)$/i;
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Bytes in the largest unit that keeps the number at or above 1, e.g. `[1.5, 'megabyte']`. */
export function fileSizeParts(bytes: number): [number, (typeof UNITS)[number]] {
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return [value, UNITS[unit]];
}

/**
 * A file in a message: a type icon, the file name (as text), its size in a readable unit, and a
 * download link. The link is made only for `http(s):`, `blob:` and inert `data:` URLs; otherwise
 * the file is listed without a link.
 *
 * @csspart icon - The type icon.
 * @csspart name - The file name.
 * @csspart size - The size.
 * @csspart button - The download link.
 */
export class RtkFileMessageView extends RtkElementBase {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    css`
      :host {
        font-family: var(--_font);
        color: var(--_text);
      }
      [part='file'] {
        display: flex;
        align-items: center;
        gap: var(--_space);
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_bg-control);
        max-inline-size: 100%;
      }
      [part='icon'] {
        font-size: 1.5rem;
        flex: none;
        display: inline-flex;
        color: var(--_text-muted);
      }
      .meta {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
        flex: 1;
      }
      [part='name'] {
        font-size: var(--_font-size-sm);
        font-weight: 600;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        unicode-bidi: isolate;
      }
      [part='size'],
      .unsafe {
        font-size: var(--_font-size-xs);
        color: var(--_text-muted);
      }
      [part='button'] {
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        inline-size: 2rem;
        block-size: 2rem;
        border-radius: var(--_radius-full);
        color: var(--_text);
        background: var(--_bg-control-hover);
        font-size: 1.1rem;
      }
      [part='button']:hover {
        background: var(--_bg-control-active);
      }
    `,
  ];

  /** File name (shown as text). */
  @property() name = '';

  /** File size in bytes (the official tag's name for it; this tag has no size class). */
  @property({ type: Number }) size?: number;

  /** Where to download the file. */
  @property() url = '';

  override render() {
    const name = typeof this.name === 'string' ? this.name : '';
    const href = safeFileUrl(this.url);
    const [value, unit] = fileSizeParts(Number(this.size));
    const size = this.localize.formatNumber(value, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'byte' ? 0 : 1,
    });
    const icon = IMAGE_EXTENSIONS.test(name)
      ? renderIcon('image', this.icons, paths.image)
      : renderIcon('file', this.icons, paths.file);
    return html`<div part="file">
      <span part="icon">${icon}</span>
      <span class="meta">
        <span part="name" dir="auto" title=${name}>${name}</span>
        ${
          this.size !== undefined && this.size !== null
            ? html`<span part="size">${this.localize('chat_messages.file_size', { size })}</span>`
            : nothing
        }
        ${href ? nothing : html`<span class="unsafe">${this.localize('chat_messages.file_unavailable')}</span>`}
      </span>
      ${
        href
          ? html`<a part="button" href=${href} download=${name || 'file'} target="_blank" rel="noopener noreferrer"
            aria-label=${this.localize('chat_messages.download_file', { name })}
            >${renderIcon('download', this.icons, paths.download)}</a
          >`
          : nothing
      }
    </div>`;
  }
}
