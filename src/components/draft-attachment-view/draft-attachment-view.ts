import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { DeleteAttachmentEvent, type DraftAttachment } from '../../events/delete-attachment.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './draft-attachment-view.styles.js';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file waiting to be sent, in the composer: an image shows a preview (through an object URL,
 * released when the attachment changes or the element leaves the page), any other file its
 * name, type icon and size. The remove button fires `deleteAttachment`.
 *
 * File names come from the user's disk: they are shown as text only.
 *
 * @fires deleteAttachment - The user removed the attachment; `detail` is the attachment.
 *
 * @csspart attachment - The box around the preview, name and button.
 * @csspart preview - The image preview.
 * @csspart name - The file name.
 * @csspart size - The file size.
 * @csspart remove - The remove button.
 */
export class RtkDraftAttachmentView extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, styles];

  /** The attachment shown. */
  @property({ attribute: false }) attachment?: DraftAttachment;

  private previewUrl?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePreview();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('attachment') || (this.isConnected && !this.previewUrl)) {
      const attachment = this.attachment;
      if (changed.has('attachment')) this.releasePreview();
      if (
        attachment?.type === 'image' &&
        !this.previewUrl &&
        typeof URL.createObjectURL === 'function'
      ) {
        this.previewUrl = URL.createObjectURL(attachment.file);
      }
    }
  }

  private releasePreview(): void {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = undefined;
  }

  private formatSize(bytes: number): string {
    let value = Math.max(0, bytes || 0);
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit += 1;
    }
    const size = this.localize.formatNumber(value, {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    });
    return this.localize('chat.file_size', { size });
  }

  private handleRemove = (): void => {
    if (this.attachment) this.dispatchEvent(new DeleteAttachmentEvent(this.attachment));
  };

  override render() {
    const attachment = this.attachment;
    if (!attachment?.file) return nothing;
    const { file } = attachment;
    const name = file.name || this.localize('chat.attach_file');
    return html`<div part="attachment">
      ${
        attachment.type === 'image' && this.previewUrl
          ? html`<img part="preview" src=${this.previewUrl} alt=${this.localize('chat.image_preview', { name })} />`
          : html`<span part="icon" class="icon">${renderIcon('file', this.icons, paths.file)}</span>`
      }
      <span class="text">
        <span part="name" class="name">${name}</span>
        <span part="size" class="size">${this.formatSize(file.size)}</span>
      </span>
      <rtk-button
        part="remove"
        kind="icon"
        variant="ghost"
        size="sm"
        label=${this.localize('chat.remove_attachment', { name })}
        @click=${this.handleRemove}
        >${renderIcon('close', this.icons, paths.close)}</rtk-button
      >
    </div>`;
  }
}
