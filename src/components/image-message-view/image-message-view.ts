import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ImagePreviewEvent } from '../../events/image-preview.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import type { ImageMessage } from '../../meeting/chat.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import { safeImageUrl } from '../../internal/safe-url.js';

/**
 * An image in a message, as a button that opens it full size in `rtk-image-viewer` (loaded on
 * first use). Only `http(s):`, `blob:` and raster `data:image/…` URLs are shown; any other address
 * is written out as text.
 *
 * @csspart button - The button around the image.
 * @csspart image - The `<img>`.
 * @csspart unsafe - The text shown instead of an image with an unsafe address.
 *
 * @fires preview - `{ url }` before the viewer opens; cancel it to show your own viewer.
 */
export class RtkImageMessageView extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    css`
      :host {
        background: var(--_bg);
        font-family: var(--_font);
      }
      [part='button'] {
        display: block;
        padding: 0;
        border: 0;
        background: var(--_bg-control);
        border-radius: var(--_radius);
        overflow: hidden;
        cursor: zoom-in;
        max-inline-size: 100%;
      }
      [part='image'] {
        display: block;
        max-inline-size: min(100%, 18rem);
        max-block-size: 14rem;
        object-fit: contain;
      }
      [part='unsafe'] {
        font-size: var(--_font-size-sm);
        color: var(--_text-muted);
        overflow-wrap: anywhere;
        unicode-bidi: isolate;
      }
    `,
  ];

  /** Address of the image. */
  @property() url = '';

  /** Who sent it, for the image's name ("Image from Ada"). Our addition. */
  @property({ attribute: 'author-name' }) authorName?: string;

  /** The message, passed on to the viewer (download name, sender). Our addition. */
  @property({ attribute: false }) message?: ImageMessage;

  @state() private viewing = false;

  private open = async (): Promise<void> => {
    const url = safeImageUrl(this.url);
    if (!url) return;
    if (!this.dispatchEvent(new ImagePreviewEvent(url))) return;
    await import('../image-viewer/rtk-image-viewer.js');
    this.viewing = true;
  };

  private close = (): void => {
    this.viewing = false;
  };

  private label(): string {
    return this.authorName
      ? this.localize('chat_messages.image_from', { name: this.authorName })
      : this.localize('chat_messages.image');
  }

  override render() {
    const url = safeImageUrl(this.url);
    if (!url) {
      return html`<span part="unsafe" dir="auto">${this.localize('chat_messages.image_unavailable', { url: String(this.url ?? '') })}</span>`;
    }
    const image: ImageMessage = this.message
      ? { ...this.message, link: url }
      : {
          type: 'image',
          id: '',
          userId: '',
          displayName: this.authorName ?? '',
          time: new Date(0),
          link: url,
        };
    return html`<button part="button" type="button" aria-haspopup="dialog" aria-label=${this.localize('chat_messages.open_image')} @click=${this.open}>
        <img part="image" src=${url} alt=${this.label()} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
      </button>
      ${
        this.viewing
          ? html`<rtk-image-viewer .image=${image} @close=${this.close}></rtk-image-viewer>`
          : nothing
      }`;
  }
}
