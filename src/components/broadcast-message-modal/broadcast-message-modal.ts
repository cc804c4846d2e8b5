import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { errorStrings } from '../../i18n/en/error.js';
import { BROADCAST_TYPE, liveRooms, parentIdOf } from '../../internal/breakout.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import '../dialog/rtk-dialog.js';
import styles from './broadcast-message-modal.styles.js';

/** Longest message, in characters. */
const MAX_LENGTH = 500;

/**
 * A dialog to send a message to every breakout room (and the main room), or to one room, while
 * rooms run: `participants.broadcastMessage()` with the type `rtk-breakout-message` and
 * `{ message }`, which `rtk-meeting` shows as a notification in every room it reaches. Open while
 * `states.activeBroadcastMessageModal` is true (the manager's "Broadcast message" sets it);
 * closing it, or sending, sets it back.
 *
 * The message is kept until it is sent: a refused send becomes a notification and the text stays.
 * An empty message is not sent (the field says why). Hosts only
 * (`canAlterConnectedMeetings`); otherwise, or without rooms, it says so.
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart form - The form.
 *
 * @fires rtkStateUpdate - `{ activeBroadcastMessageModal: false }` when closed or sent.
 * @fires rtkNotification - "Message sent", or why it was not.
 */
export class RtkBroadcastMessageModal extends RtkElement {
  static override strings = { ...errorStrings, ...breakoutStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.connectedMeetings, 'stateUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly actions = new ActionController(this, () => this.localize);

  @state() private message = '';

  @state() private target = 'all';

  @state() private empty = false;

  private close = (): void => {
    this.empty = false;
    this.updateStates({ activeBroadcastMessageModal: false });
  };

  private send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const meeting = this.activeMeeting;
    const text = this.message.trim();
    if (!text) {
      this.empty = true;
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    const parent = parentIdOf(meeting);
    const rooms = liveRooms(meeting).map((r) => r.id);
    const meetingIds =
      this.target === 'all' ? [...(parent ? [parent] : []), ...rooms] : [this.target];
    const send = meeting?.participants?.broadcastMessage;
    if (!send) return;
    const result = await this.actions.run(
      'send',
      () => send.call(meeting.participants, BROADCAST_TYPE, { message: text }, { meetingIds }),
      {
        action: this.localize('breakout.action_broadcast'),
        trace: 'participants.broadcastMessage',
      },
    );
    if (!result.ok) return;
    this.message = '';
    this.dispatchEvent(
      new RtkNotificationEvent({
        id: nextNotificationId(),
        message: this.localize('breakout.sent'),
        variant: 'success',
      }),
    );
    this.close();
  };

  override render() {
    const states = this.activeStates;
    if (!states.activeBroadcastMessageModal) return nothing;
    const t = this.localize;
    const meeting = this.activeMeeting;
    const rooms = liveRooms(meeting);
    const host = meeting?.self?.permissions?.connectedMeetings?.canAlterConnectedMeetings;
    const sending = this.actions.isPending('send');
    return html`<rtk-dialog
      part="dialog"
      open
      .label=${t('breakout.broadcast_title')}
      @rtkDialogClose=${(e: Event) => {
        // Its own close: a dialog around it (the manager's) stays open.
        e.stopPropagation();
        this.close();
      }}
    >
      ${
        !host || !rooms.length
          ? html`<p class="note">${t(host ? 'breakout.no_rooms' : 'breakout.no_permission')}</p>`
          : html`<form part="form" @submit=${this.send} novalidate>
            <label class="field">
              <span>${t('breakout.send_to')}</span>
              <select
                @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}
              >
                <option value="all" ?selected=${this.target === 'all'}>${t('breakout.to_all')}</option>
                ${rooms.map(
                  (r) => html`<option value=${r.id} ?selected=${this.target === r.id}>
                    ${r.title}
                  </option>`,
                )}
              </select>
            </label>
            <label class="field">
              <span>${t('breakout.message')}</span>
              <textarea
                rows="4"
                maxlength=${MAX_LENGTH}
                .value=${this.message}
                aria-invalid=${this.empty ? 'true' : 'false'}
                aria-describedby=${this.empty ? 'empty' : nothing}
                @input=${(e: Event) => {
                  this.message = (e.target as HTMLTextAreaElement).value;
                  this.empty = false;
                }}
              ></textarea>
            </label>
            ${
              this.empty
                ? html`<p id="empty" class="error" role="alert">${t('breakout.empty_message')}</p>`
                : nothing
            }
            <div class="actions">
              <button type="button" @click=${this.close}>${t('breakout.cancel')}</button>
              <button type="submit" class="primary" ?disabled=${sending}>
                ${sending ? t('breakout.sending') : t('breakout.send')}
              </button>
            </div>
          </form>`
      }
    </rtk-dialog>`;
  }
}
