import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { EffectController } from '../../controllers/effect-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { dialogsStrings } from '../../i18n/en/dialogs.js';
import { errorStrings } from '../../i18n/en/error.js';
import { leaveMeetingStrings } from '../../i18n/en/leave-meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './leave-meeting.styles.js';

/**
 * The content of the leave confirmation (shown by `rtk-dialog-manager` inside a dialog when
 * `rtk-leave-button` sets `activeLeaveConfirmation`): Cancel closes it
 * (`activeLeaveConfirmation: false`); Leave meeting calls `meeting.leave()`; for people whose
 * preset may remove others (`self.permissions.kickParticipant`), End meeting for all calls
 * `meeting.participants.kickAll()` (danger styled).
 *
 * A choice has worked once the meeting says so: the room is left (`roomLeft`). Until then the
 * chosen button is busy, the others are disabled and the surrounding `rtk-dialog` cannot be
 * closed. A rejected call, or one whose effect does not come in time (the real client resolves
 * before the server answers, and a refusal brings no event), becomes an error notification and
 * the choice is offered again. Renders nothing without a meeting.
 *
 * @csspart message - The question.
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - Cancel.
 * @csspart leave-button - Leave meeting.
 * @csspart end-button - End meeting for all.
 *
 * @fires rtkStateUpdate - `{ activeLeaveConfirmation: false }` on Cancel and once left.
 * @fires rtkNotification - When leaving or ending the meeting failed or did not take effect.
 * @fires rtkApiError - When the meeting rejected the call (`detail: { trace: 'meeting.leave' | 'participants.kickAll', message }`). Our addition.
 */
export class RtkLeaveMeeting extends RtkElement {
  static override strings = { ...dialogsStrings, ...errorStrings, ...leaveMeetingStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
    [m.self, 'roomLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  private readonly effect = new EffectController(this);

  /** Which choice is in flight, from the call until its effect. */
  @state() private choice?: 'leave' | 'end';

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

  private async choose(choice: 'leave' | 'end'): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || this.choice) return;
    this.choice = choice;
    const leave = choice === 'leave';
    const result = await this.action.run(
      choice,
      () => (leave ? meeting.leave() : meeting.participants.kickAll()),
      {
        action: this.localize(leave ? 'dialogs.leave' : 'dialogs.end_for_all'),
        trace: leave ? 'meeting.leave' : 'participants.kickAll',
      },
    );
    const left = result.ok && (await this.effect.wait(() => !meeting.self.roomJoined));
    this.choice = undefined;
    if (left) this.updateStates({ activeLeaveConfirmation: false });
    else if (result.ok && this.isConnected)
      this.dispatchEvent(
        new RtkNotificationEvent({
          id: nextNotificationId(),
          message: this.localize(leave ? 'leave_meeting.still_joined' : 'leave_meeting.not_ended'),
          variant: 'error',
        }),
      );
  }

  private handleLeave = () => void this.choose('leave');

  private handleEnd = () => void this.choose('end');

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The dialog the manager shows this in stays open while a choice is in flight, so what it
    // says stays true and its outcome is shown.
    const dialog = this.closest('rtk-dialog');
    if (dialog) dialog.hideCloseButton = dialog.disableEscapeKey = Boolean(this.choice);
  }

  override render() {
    if (!this.activeMeeting) return nothing;
    const canEnd = this.canEndForAll();
    const leaving = this.choice === 'leave';
    const ending = this.choice === 'end';
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
