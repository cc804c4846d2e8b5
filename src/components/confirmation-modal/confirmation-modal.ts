import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { dialogsStrings } from '../../i18n/en/dialogs.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './confirmation-modal.styles.js';

/**
 * What `states.activeConfirmationModal` holds (as in the official kit). `header`, `content`,
 * `cancelText` and `ctaText` are translation keys or plain text: they go through `t`, which
 * returns text that is not a key unchanged.
 */
export interface ConfirmationModalState {
  /** Whether the confirmation is shown. */
  active: boolean;
  /** The title. */
  header?: string;
  /** The explanation. */
  content?: string;
  /** Look of the confirm button (default `danger`). */
  variant?: 'primary' | 'danger';
  /** Text of the cancel button (default "Cancel"). */
  cancelText?: string;
  /** Text of the confirm button (default "Confirm"). */
  ctaText?: string;
  /** Runs when the user confirms. */
  onClick?: () => unknown;
  /** Runs when the user cancels (Cancel, Escape, close button). */
  onClose?: () => unknown;
}

/**
 * A yes/no question in a modal dialog, driven by `states.activeConfirmationModal` (see
 * `ConfirmationModalState`). Confirming runs `onClick`, cancelling (Cancel, Escape, the close
 * button) runs `onClose`; either way the modal asks to be closed with
 * `rtkStateUpdate { activeConfirmationModal: { active: false } }`. Focus returns where it was.
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart content - The explanation.
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - Cancel.
 * @csspart confirm-button - Confirm.
 *
 * @fires rtkStateUpdate - `{ activeConfirmationModal: { active: false } }` when answered.
 */
export class RtkConfirmationModal extends RtkElement {
  static override strings = dialogsStrings;

  static override styles = [tokens, hostStyles, styles];

  private answered?: ConfirmationModalState;

  private get modal(): ConfirmationModalState | undefined {
    const modal = this.activeStates.activeConfirmationModal as ConfirmationModalState | undefined;
    return modal?.active ? modal : undefined;
  }

  private answer(modal: ConfirmationModalState | undefined, confirmed: boolean): void {
    // The dialog fires rtkDialogClose after a button closed it too: answer only once.
    if (!modal || this.answered === modal) return;
    this.answered = modal;
    try {
      (confirmed ? modal.onClick : modal.onClose)?.();
    } finally {
      this.updateStates({ activeConfirmationModal: { active: false } });
    }
  }

  private handleConfirm = (): void => this.answer(this.modal, true);

  private handleCancel = (): void => this.answer(this.modal, false);

  override render() {
    const modal = this.modal;
    if (!modal) return nothing;
    const t = this.localize;
    return html`<rtk-dialog
      part="dialog"
      open
      .label=${modal.header ? t(modal.header) : t('dialogs.confirm')}
      @rtkDialogClose=${this.handleCancel}
    >
      ${modal.content ? html`<p part="content">${t(modal.content)}</p>` : nothing}
      <div part="actions">
        <rtk-button part="cancel-button" variant="secondary" @click=${this.handleCancel}
          >${t(modal.cancelText ?? 'dialogs.cancel')}</rtk-button
        >
        <rtk-button part="confirm-button" variant=${modal.variant ?? 'danger'} @click=${this.handleConfirm}
          >${t(modal.ctaText ?? 'dialogs.confirm')}</rtk-button
        >
      </div>
    </rtk-dialog>`;
  }
}
