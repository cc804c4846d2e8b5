import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './leave-button.styles.js';
import { leaveStrings } from '../../i18n/en/leave.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';

/**
 * Leaves the meeting (`meeting.leave()`).
 *
 * Busy while leaving; a failure becomes an `rtkNotification`. The screen change itself follows
 * the meeting's `roomLeft` event (handled by `rtk-meeting`). Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @cssprop --rtk-leave-button-background - Background of the button (danger colour by default).
 * @cssprop --rtk-leave-button-color - Text and icon colour.
 *
 * @fires rtkNotification - When leaving failed.
 * @fires rtkApiError - When leaving failed (`detail: { trace: 'meeting.leave', message }`). Our addition.
 */
export class RtkLeaveButton extends RtkElement {
  static override strings = { ...leaveStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private handleClick = (): void => {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    void this.action.run('leave', () => meeting.leave(), {
      action: this.localize('leave.action'),
      trace: 'meeting.leave',
    });
  };

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('leave.label')}
      .description=${this.localize('leave.action')}
      icon="call_end"
      .iconPath=${paths.call_end}
      .isLoading=${this.action.isPending('leave')}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
