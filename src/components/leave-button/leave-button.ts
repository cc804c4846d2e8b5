import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './leave-button.styles.js';
import { leaveStrings } from '../../i18n/en/leave.js';
import * as paths from '../../icons/paths.js';

/**
 * Asks to leave the meeting, as the official kit does: sets `activeLeaveConfirmation: true` in
 * the UI states, and `rtk-dialog-manager` (rendered by `rtk-meeting`) asks "Leave meeting?" with
 * Cancel, Leave meeting and, for those allowed, End meeting for all (`rtk-leave-meeting`).
 *
 * Used alone (no `rtk-meeting` or `rtk-ui-provider` above it) it shows that confirmation itself,
 * loading `rtk-dialog-manager` the first time. An app that wants to leave without asking calls
 * `meeting.leave()` from its own control. Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @cssprop --rtk-leave-button-background - Background of the button (danger colour by default).
 * @cssprop --rtk-leave-button-color - Text and icon colour.
 *
 * @fires rtkStateUpdate - `{ activeLeaveConfirmation: true }` when clicked.
 */
export class RtkLeaveButton extends RtkElement {
  static override strings = leaveStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private handleClick = (): void => {
    this.updateStates({ activeLeaveConfirmation: true });
    // Alone, this button's own states store holds the question: it shows it itself.
    if (this.flow.store) void import('./alone.js').then((m) => m.showQuestion(this));
  };

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('leave.label')}
      .description=${this.localize('leave.action')}
      icon="call_end"
      .iconPath=${paths.call_end}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
