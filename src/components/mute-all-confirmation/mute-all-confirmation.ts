import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mute-all-confirmation.styles.js';

/**
 * "Mute everyone?": a modal `rtk-dialog` shown while the UI states say
 * `activeMuteAllConfirmation: true` (set by `rtk-mute-all-button`), with an "allow unmute"
 * switch (on by default) and Cancel / Mute all. Confirming calls
 * `meeting.participants.disableAllAudio(allowUnmute)`; the dialog stays open, busy, until the
 * meeting answers, then closes. A refused call becomes an error notification.
 *
 * It brings its own dialog: place one anywhere inside the meeting (it renders nothing until
 * asked). Renders nothing for people not allowed to mute others (`canAllowParticipantAudio`).
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart body - The explanation.
 * @csspart allow-unmute - The `rtk-switch` "Let people unmute themselves".
 * @csspart actions - The row of buttons.
 * @csspart cancel - The Cancel button.
 * @csspart confirm - The Mute all button.
 *
 * @fires rtkStateUpdate - `{ activeMuteAllConfirmation: false }` when the dialog closes.
 * @fires rtkNotification - When the meeting refused to mute everyone.
 */
export class RtkMuteAllConfirmation extends RtkElement {
  static override strings = { ...peopleStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Whether muted people may unmute themselves. */
  @state() private allowUnmute = true;

  private get wanted(): boolean {
    const can = this.activeMeeting?.self.permissions?.canAllowParticipantAudio;
    return Boolean(can && this.activeStates.activeMuteAllConfirmation);
  }

  private close = (): void => {
    if (this.activeStates.activeMuteAllConfirmation)
      this.updateStates({ activeMuteAllConfirmation: false });
    this.allowUnmute = true;
  };

  private confirm = async (): Promise<void> => {
    const participants = this.activeMeeting?.participants;
    if (!participants) return;
    const allowUnmute = this.allowUnmute;
    await this.action.run('mute-all', () => participants.disableAllAudio(allowUnmute), {
      action: this.localize('people.mute_all'),
    });
    this.close();
  };

  private handleSwitch = (event: CustomEvent<boolean>): void => {
    this.allowUnmute = event.detail;
  };

  override render() {
    if (!this.wanted) return nothing;
    const busy = this.action.isPending('mute-all');
    return html`<rtk-dialog
      part="dialog"
      open
      .label=${this.localize('people.mute_all_title')}
      @rtkDialogClose=${this.close}
    >
      <p part="body">${this.localize('people.mute_all_body')}</p>
      <rtk-switch
        part="allow-unmute"
        .checked=${this.allowUnmute}
        .label=${this.localize('people.allow_unmute')}
        ?disabled=${busy}
        @rtkChange=${this.handleSwitch}
      ></rtk-switch>
      <div part="actions">
        <rtk-button part="cancel" variant="secondary" ?disabled=${busy} @click=${this.close}
          >${this.localize('people.cancel')}</rtk-button
        >
        <rtk-button part="confirm" variant="danger" ?loading=${busy} @click=${this.confirm}
          >${this.localize('people.mute_all')}</rtk-button
        >
      </div>
    </rtk-dialog>`;
  }
}
