import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { DropCallbackEvent, type DropDetail } from '../../events/drop-callback.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './file-dropzone.styles.js';

/**
 * Turns an element into a drop target for files, and catches files pasted into it (an image
 * copied to the clipboard). While files are dragged over it, a "drop files here" layer covers
 * the element; place the dropzone inside it (the element needs `position: relative`).
 *
 * Listens on `hostEl` (default: the dropzone's parent element) for drag and paste events, and
 * only for those that carry files: dragging text or pasting text behaves as usual.
 *
 * @fires dropCallback - Files were dropped or pasted; `detail` is `{ files, source }`.
 *
 * @csspart dropzone - The layer shown while files are dragged over the element.
 */
export class RtkFileDropzone extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, styles];

  /** The element that accepts drops and pastes. Default: the parent element. */
  @property({ attribute: false }) hostEl?: HTMLElement;

  /** Ignore drops and pastes (the user may not send files). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True while files are dragged over the element. */
  @state() private dragging = false;

  private watched?: HTMLElement;
  private depth = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hostEl')) this.watch();
    if (changed.has('disabled') && this.disabled) this.reset();
  }

  private target(): HTMLElement | undefined {
    if (this.hostEl) return this.hostEl;
    const parent = this.parentNode;
    if (parent instanceof HTMLElement) return parent;
    return parent instanceof ShadowRoot ? (parent.host as HTMLElement) : undefined;
  }

  private watch(): void {
    const target = this.isConnected ? this.target() : undefined;
    if (target === this.watched) return;
    this.unwatch();
    if (!target) return;
    this.watched = target;
    target.addEventListener('dragenter', this.handleDragEnter);
    target.addEventListener('dragover', this.handleDragOver);
    target.addEventListener('dragleave', this.handleDragLeave);
    target.addEventListener('drop', this.handleDrop);
    target.addEventListener('paste', this.handlePaste);
  }

  private unwatch(): void {
    const target = this.watched;
    this.watched = undefined;
    this.reset();
    if (!target) return;
    target.removeEventListener('dragenter', this.handleDragEnter);
    target.removeEventListener('dragover', this.handleDragOver);
    target.removeEventListener('dragleave', this.handleDragLeave);
    target.removeEventListener('drop', this.handleDrop);
    target.removeEventListener('paste', this.handlePaste);
  }

  private reset(): void {
    this.depth = 0;
    this.dragging = false;
  }

  private carriesFiles(event: DragEvent): boolean {
    return (
      !this.disabled &&
      Boolean(event.dataTransfer && [...event.dataTransfer.types].includes('Files'))
    );
  }

  private handleDragEnter = (event: DragEvent): void => {
    if (!this.carriesFiles(event)) return;
    event.preventDefault();
    this.depth += 1;
    this.dragging = true;
  };

  private handleDragOver = (event: DragEvent): void => {
    if (!this.carriesFiles(event)) return;
    // Without this the browser would open the file instead of dropping it here.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private handleDragLeave = (event: DragEvent): void => {
    if (!this.carriesFiles(event)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.dragging = false;
  };

  private handleDrop = (event: DragEvent): void => {
    if (!this.carriesFiles(event)) return;
    event.preventDefault();
    this.reset();
    this.emit([...(event.dataTransfer?.files ?? [])], 'drop');
  };

  private handlePaste = (event: ClipboardEvent): void => {
    if (this.disabled) return;
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length) return;
    // Keep the file out of the text field (some browsers paste its name).
    event.preventDefault();
    this.emit(files, 'paste');
  };

  private emit(files: File[], source: DropDetail['source']): void {
    if (!files.length) return;
    this.dispatchEvent(new DropCallbackEvent({ files, source }));
  }

  override render() {
    if (!this.dragging) return nothing;
    return html`<div part="dropzone">
      ${renderIcon('attach', this.icons, paths.attach)}
      <span>${this.localize('chat.drop_files')}</span>
    </div>`;
  }
}
