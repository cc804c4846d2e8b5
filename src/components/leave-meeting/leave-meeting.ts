import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { dialogsStrings } from '../../i18n/en/dialogs.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './leave-meeting.styles.js';

/**
 * The content of the leave confirmation (shown by `rtk-dialog-manager` inside a dialog): leave
 * the meeting (`meeting.leave()`), or, for people whose preset may remove others
 * (`self.permissions.kickParticipant`), end it for everyone (`participants.kickAll()`); Cancel
 * closes the confirmation (`activeLeaveConfirmation: false`).
 *
 * The chosen button is busy until the call settles, the others are disabled meanwhile; a rejected
 * call becomes an `rtkNotification` and the choice stays open. Renders nothing without a meeting.
 *
 * @csspart message - The question.
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - Cancel.
 * @csspart leave-button - Leave meeting.
 * @csspart end-button - End meeting for all.
 *
 * @fires rtkStateUpdate - `{ activeLeaveConfirmation: false }` on Cancel and after leaving.
 * @fires rtkNotification - When leaving or ending the meeting failed.
 */
export class RtkLeaveMeeting extends RtkElement {
  static override strings = { ...dialogsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Whether self may end the meeting for everyone. */
  private canEndForAll(): boolean {
    const meeting = this.activeMeeting;
    return (
      Boolean(meeting?.self?.permissions?.kickParticipant) &&
      typeof meeting?.participants?.kickAll === 'function'
    );
  }

  private handleCancel = (): void => {
    this.updateStates({ activeLeaveConfirmation: false });
  };

  private handleLeave = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    if (!meeting || this.action.isPending()) return;
    const result = await this.action.run('leave', () => meeting.leave(), {
      action: this.localize('dialogs.leave'),
    });
    if (result.ok) this.updateStates({ activeLeaveConfirmation: false });
  };

  private handleEnd = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    if (!meeting || this.action.isPending() || !this.canEndForAll()) return;
    const result = await this.action.run('end', () => meeting.participants.kickAll(), {
      action: this.localize('dialogs.end_for_all'),
    });
    if (result.ok) this.updateStates({ activeLeaveConfirmation: false });
  };

  override render() {
    if (!this.activeMeeting) return nothing;
    const canEnd = this.canEndForAll();
    const leaving = this.action.isPending('leave');
    const ending = this.action.isPending('end');
    return html`<p part="message">${this.localize(canEnd ? 'dialogs.leave_body_host' : 'dialogs.leave_body')}</p>
      <div part="actions">
        <rtk-button part="cancel-button" variant="secondary" ?disabled=${leaving || ending} @click=${this.handleCancel}
          >${this.localize('dialogs.cancel')}</rtk-button
        >
        <rtk-button
          part="leave-button"
          variant=${canEnd ? 'secondary' : 'danger'}
          ?loading=${leaving}
          ?disabled=${ending}
          @click=${this.handleLeave}
          >${this.localize('dialogs.leave')}</rtk-button
        >
        ${
          canEnd
            ? html`<rtk-button part="end-button" variant="danger" ?loading=${ending} ?disabled=${leaving} @click=${this.handleEnd}
              >${this.localize('dialogs.end_for_all')}</rtk-button
            >`
            : nothing
        }
      </div>`;
  }
}
