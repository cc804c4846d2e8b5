import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { EffectController } from '../../controllers/effect-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { errorStrings } from '../../i18n/en/error.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { mapItems } from '../../meeting/guards.js';
import type { Participant } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mute-all-confirmation.styles.js';

/**
 * "Mute everyone?": a modal `rtk-dialog` shown while the UI states say
 * `activeMuteAllConfirmation: true` (set by `rtk-mute-all-button`, the control bar's More menu or
 * the participants panel), with an "allow unmute" switch (on by default) and Cancel / Mute all.
 * Confirming calls `meeting.participants.disableAllAudio(allowUnmute)`.
 *
 * It has worked once the meeting shows it: everyone whose microphone was on has turned it off
 * (`audioUpdate`) or left. Until then Mute all is busy and the dialog cannot be closed; then it
 * closes. A refused call, or one whose effect does not come in time (the real client resolves
 * before the server answers, and a refusal brings no event), becomes an error notification and
 * the dialog stays open to try again or cancel.
 *
 * It brings its own dialog: place one anywhere inside the meeting (it renders nothing until
 * asked; `rtk-dialog-manager` does). Renders nothing for people not allowed to mute others
 * (`self.permissions.canDisableParticipantAudio`).
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart body - The explanation.
 * @csspart allow-unmute - The `rtk-switch` "Let people unmute themselves".
 * @csspart actions - The row of buttons.
 * @csspart cancel - The Cancel button.
 * @csspart confirm - The Mute all button.
 *
 * @fires rtkStateUpdate - `{ activeMuteAllConfirmation: false }` when the dialog closes.
 * @fires rtkNotification - When the meeting refused to mute everyone, or did not do it in time.
 * @fires rtkApiError - When the meeting refused (`detail: { trace: 'participants.disableAllAudio', message }`). Our addition.
 */
export class RtkMuteAllConfirmation extends RtkElement {
  static override strings = { ...peopleStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
    // Only while muting: to see it happen.
    [this.effect?.waiting ? m.participants?.joined : undefined, 'audioUpdate', 'participantLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  private readonly effect = new EffectController(this);

  /** Whether muted people may unmute themselves. */
  @state() private allowUnmute = true;

  private get wanted(): boolean {
    const can = this.activeMeeting?.self.permissions?.canDisableParticipantAudio;
    return Boolean(can && this.activeStates.activeMuteAllConfirmation);
  }

  private get busy(): boolean {
    return this.action.isPending('mute-all') || this.effect.waiting;
  }

  private close = (): void => {
    if (this.activeStates.activeMuteAllConfirmation)
      this.updateStates({ activeMuteAllConfirmation: false });
    this.allowUnmute = true;
  };

  private confirm = async (): Promise<void> => {
    const participants = this.activeMeeting?.participants;
    if (!participants || this.busy) return;
    const allowUnmute = this.allowUnmute;
    // Who has to be muted: everyone whose microphone is on now.
    const unmuted = mapItems<Participant>(participants.joined).filter((p) => p.audioEnabled);
    const result = await this.action.run(
      'mute-all',
      () => participants.disableAllAudio(allowUnmute),
      { action: this.localize('people.mute_all'), trace: 'participants.disableAllAudio' },
    );
    if (!result.ok) return;
    const done = await this.effect.wait(() =>
      unmuted.every((p) => !p.audioEnabled || participants.joined?.get?.(p.id) !== p),
    );
    if (done) this.close();
    else if (this.isConnected)
      this.dispatchEvent(
        new RtkNotificationEvent({
          id: nextNotificationId(),
          message: this.localize('people.mute_all_not_done'),
          variant: 'error',
        }),
      );
  };

  private handleSwitch = (event: CustomEvent<boolean>): void => {
    this.allowUnmute = event.detail;
  };

  override render() {
    if (!this.wanted) return nothing;
    const busy = this.busy;
    return html`<rtk-dialog
      part="dialog"
      open
      .label=${this.localize('people.mute_all_title')}
      ?disable-escape-key=${busy}
      ?hide-close-button=${busy}
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
