import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mute-all-button.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Asks to mute everyone: opens the mute-all confirmation (`rtk-mute-all-confirmation`, shown by
 * `rtk-dialog-manager` in `rtk-meeting`) through the UI states
 * (`{ activeMuteAllConfirmation: true }`). Shown only to people allowed to mute others
 * (`self.permissions.canDisableParticipantAudio`), and only once the meeting is joined; it
 * follows permission changes (`permissionsUpdate`); otherwise it renders nothing and sets its
 * `hidden` attribute. `rtk-controlbar` puts one in its More menu.
 *
 * Used alone (no `rtk-meeting` or `rtk-ui-provider` above it) it shows the confirmation itself.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart tooltip - The tooltip of the inner button (its `description`; none by default).
 *
 * @fires rtkStateUpdate - `{ activeMuteAllConfirmation: true }` when clicked.
 */
export class RtkMuteAllButton extends RtkElement {
  static override strings = peopleStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
    [m.self, 'roomJoined', 'roomLeft'],
  ]);

  /** `button`: icon above the label; `horizontal`: icon beside the label (in menus). */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private handleClick = (): void => {
    this.updateStates({ activeMuteAllConfirmation: true });
  };

  private get shown(): boolean {
    const self = this.activeMeeting?.self;
    return Boolean(self?.permissions?.canDisableParticipantAudio && self.roomJoined);
  }

  protected override updated(): void {
    // Hidden when it does not apply, so a menu (More) skips it.
    this.hidden = !this.shown;
  }

  override render() {
    if (!this.shown) return nothing;
    // Alone, this button's own states store holds the question: it shows it itself.
    const alone = this.flow.store && this.activeStates.activeMuteAllConfirmation;
    if (alone) void import('../mute-all-confirmation/rtk-mute-all-confirmation.js');
    return html`<rtk-controlbar-button
        part="controlbar-button"
        exportparts="tooltip"
        .label=${this.localize('people.mute_all')}
        icon="mic_off"
        .iconPath=${paths.mic_off}
        .variant=${this.variant}
        .size=${this.size}
        @click=${this.handleClick}
      ></rtk-controlbar-button
      >${alone ? html`<rtk-mute-all-confirmation></rtk-mute-all-confirmation>` : nothing}`;
  }
}
