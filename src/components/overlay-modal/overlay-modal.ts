import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './overlay-modal.styles.js';

/**
 * What `states.activeOverlayModal` holds (as in the official kit). `title` and `description` are
 * translation keys or plain text.
 */
export interface OverlayModalState {
  /** Whether the overlay is shown. */
  active: boolean;
  /** The headline, e.g. "Moving you to another room". */
  title?: string;
  /** More detail. */
  description?: string;
  /** An icon name of the icon pack. */
  icon?: string;
  /** Closes the overlay after this many milliseconds (none: it stays until the states change). */
  timeout?: number;
}

/**
 * A blocking message over the whole meeting while something happens that the user has to wait
 * for (moving between rooms, …), driven by `states.activeOverlayModal` (see `OverlayModalState`).
 * It is a modal dialog without a close button that Escape does not close; it closes when the
 * states say so, or after `timeout`, when it asks to be closed with
 * `rtkStateUpdate { activeOverlayModal: { active: false } }`.
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart icon - The icon.
 * @csspart description - The description.
 *
 * @fires rtkStateUpdate - `{ activeOverlayModal: { active: false } }` when its timeout ends.
 */
export class RtkOverlayModal extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  private timer?: ReturnType<typeof setTimeout>;
  private timed?: OverlayModalState;

  private get modal(): OverlayModalState | undefined {
    const modal = this.activeStates.activeOverlayModal as OverlayModalState | undefined;
    return modal?.active ? modal : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timed = undefined;
  }

  protected override updated(): void {
    const modal = this.modal;
    if (modal === this.timed) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timed = modal;
    if (modal && typeof modal.timeout === 'number' && modal.timeout > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.updateStates({ activeOverlayModal: { active: false } });
      }, modal.timeout);
    }
  }

  override render() {
    const modal = this.modal;
    if (!modal) return nothing;
    const t = this.localize;
    return html`<rtk-dialog
      part="dialog"
      open
      hide-close-button
      disable-escape-key
      .label=${modal.title ? t(modal.title) : ''}
    >
      ${modal.icon ? html`<rtk-icon part="icon" icon=${modal.icon}></rtk-icon>` : nothing}
      ${modal.description ? html`<p part="description">${t(modal.description)}</p>` : nothing}
    </rtk-dialog>`;
  }
}
