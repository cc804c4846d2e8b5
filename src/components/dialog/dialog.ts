import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { RtkDialogCloseEvent } from '../../events/rtk-dialog-close.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './dialog.styles.js';
import { dialogStrings } from '../../i18n/en/dialog.js';

/** The element that has focus, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * A modal dialog built on the native `<dialog>` and `showModal()`: it sits in the top layer,
 * traps focus and makes the rest of the page inert. It is labelled by its title (the `title` slot
 * or the `label` property).
 *
 * Escape closes it unless `disableEscapeKey` is set; the close button (named "Close", translated)
 * is shown unless `hideCloseButton` is set. On close, focus returns to the element that had it
 * when the dialog opened, even when that element is inside a shadow root.
 *
 * @slot - The content.
 * @slot title - The title; overrides `label`.
 *
 * @csspart container - The `<dialog>`.
 * @csspart header - The row with the title and the close button.
 * @csspart title - The title heading.
 * @csspart body - The wrapper of the content.
 * @csspart close-button - The close button.
 *
 * @cssprop --rtk-dialog-width - Preferred width (default `32rem`, never wider than the viewport).
 * @cssprop --rtk-dialog-background - Background.
 *
 * @fires rtkDialogClose - After the dialog closed, however it was closed.
 */
export class RtkDialog extends RtkElement {
  static override strings = dialogStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** Whether the dialog is shown. Reflects; set by the dialog itself when it closes. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Escape does not close the dialog. */
  @property({ type: Boolean, attribute: 'disable-escape-key' }) disableEscapeKey = false;

  /** No close button (the content must then offer a way out). */
  @property({ type: Boolean, attribute: 'hide-close-button' }) hideCloseButton = false;

  /** The title, used when the `title` slot is empty. Our addition. */
  @property() label = '';

  @state() private hasTitleSlot = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  private returnFocusTo?: HTMLElement;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer by itself; give focus back all the same.
    if (this.returnFocusTo) queueMicrotask(() => this.restoreFocus());
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.returnFocusTo = deepActiveElement();
      try {
        dialog.showModal();
      } catch {
        dialog.show(); // not connected to a document that can host a modal: show it in place
      }
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  private handleClose = (): void => {
    this.open = false;
    this.restoreFocus();
    this.dispatchEvent(new RtkDialogCloseEvent());
  };

  private restoreFocus(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
  }

  private handleCancel = (event: Event): void => {
    if (this.disableEscapeKey) event.preventDefault();
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    // Cancelling keydown stops Chrome's close watcher, which may ignore a cancelled `cancel`.
    if (event.key === 'Escape' && this.disableEscapeKey) event.preventDefault();
  };

  private handleTitleSlotChange = (event: Event): void => {
    this.hasTitleSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  override render() {
    const hasTitle = this.hasTitleSlot || this.label !== '';
    const showHeader = hasTitle || !this.hideCloseButton;
    return html`<dialog
      part="container"
      aria-labelledby=${hasTitle ? 'title' : nothing}
      @close=${this.handleClose}
      @cancel=${this.handleCancel}
      @keydown=${this.handleKeydown}
    >
      <div part="header" class=${hasTitle ? '' : 'empty'} ?hidden=${!showHeader}>
        <h2 id="title" part="title" ?hidden=${!hasTitle}>
          <slot name="title" @slotchange=${this.handleTitleSlotChange}>${this.label}</slot>
        </h2>
        ${
          this.hideCloseButton
            ? nothing
            : html`<button
              part="close-button"
              type="button"
              aria-label=${this.localize('dialog.close')}
              @click=${this.close}
            >
              ${renderIcon('close', this.icons, paths.close)}
            </button>`
        }
      </div>
      <div part="body"><slot></slot></div>
    </dialog>`;
  }
}
