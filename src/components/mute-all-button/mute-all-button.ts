import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mute-all-button.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Asks to mute everyone: opens the mute-all confirmation (`rtk-mute-all-confirmation`) through
 * the UI states (`{ activeMuteAllConfirmation: true }`). Shown only to people allowed to mute
 * others (`self.permissions.canAllowParticipantAudio`), and only once the meeting is joined;
 * it follows permission changes (`permissionsUpdate`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
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

  override render() {
    const self = this.activeMeeting?.self;
    if (!self?.permissions?.canAllowParticipantAudio || !self.roomJoined) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('people.mute_all')}
      icon="mic_off"
      .iconPath=${paths.mic_off}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
