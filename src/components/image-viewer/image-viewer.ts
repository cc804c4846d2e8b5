import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ImageViewerCloseEvent } from '../../events/image-viewer-close.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { ImageMessage } from '../../meeting/chat.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import { safeFileUrl, safeImageUrl } from '../../internal/safe-url.js';

/**
 * Shows a message's image full size in a modal dialog, with a download link. The dialog traps
 * focus, Escape or the close button closes it, and focus returns to where it was. Only safe image
 * addresses are shown (see `rtk-image-message-view`). Open while it is connected with an `image`;
 * remove it (or listen to `close`) to dismiss.
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart image - The full-size `<img>`.
 * @csspart download - The download link.
 *
 * @fires close - After the viewer was closed (Escape, the close button).
 */
export class RtkImageViewer extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    css`
      :host {
        display: contents;
      }
      rtk-dialog {
        --rtk-dialog-width: min(92vw, 72rem);
      }
      .frame {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--_space);
      }
      [part='image'] {
        display: block;
        max-inline-size: 100%;
        max-block-size: 75vh;
        object-fit: contain;
        border-radius: var(--_radius);
      }
      [part='download'] {
        display: inline-flex;
        align-items: center;
        gap: calc(var(--_space) * 0.5);
        padding-block: calc(var(--_space) * 0.75);
        padding-inline: calc(var(--_space) * 1.5);
        border-radius: var(--_radius);
        background: var(--_brand);
        color: var(--_brand-text);
        font-family: var(--_font);
        font-size: var(--_font-size-sm);
        text-decoration: none;
      }
    `,
  ];

  /** The image message to show (its `link`, and `displayName` for the title). */
  @property({ attribute: false }) image?: ImageMessage;

  private handleClose = (): void => {
    this.dispatchEvent(new ImageViewerCloseEvent());
  };

  override render() {
    const src = safeImageUrl(this.image?.link);
    if (!this.image || !src) return nothing;
    const name = this.image.displayName;
    const title = name
      ? this.localize('chat_messages.image_from', { name })
      : this.localize('chat_messages.image');
    const download = safeFileUrl(src);
    return html`<rtk-dialog part="dialog" open .label=${title} @rtkDialogClose=${this.handleClose}>
      <div class="frame">
        <img part="image" src=${src} alt=${title} referrerpolicy="no-referrer" />
        ${
          download
            ? html`<a part="download" href=${download} download="image" target="_blank" rel="noopener noreferrer"
              >${renderIcon('download', this.icons, paths.download)}<span>${this.localize('chat_messages.download')}</span></a
            >`
            : nothing
        }
      </div>
    </rtk-dialog>`;
  }
}
