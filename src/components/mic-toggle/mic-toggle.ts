import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mic-toggle.styles.js';
import { micStrings } from '../../i18n/en/mic.js';
import { errorStrings } from '../../i18n/en/error.js';

const BLOCKED = new Set(['DENIED', 'SYSTEM_DENIED', 'COULD_NOT_START', 'NO_DEVICES_AVAILABLE']);

/**
 * Turns the local microphone on and off.
 *
 * Shows what the meeting says (`meeting.self.audioEnabled`), never what it hopes: while the call
 * is in flight the button is busy, and if the call fails an `rtkNotification` is fired and the
 * button keeps showing the real state. Disabled, with the reason as its description, when the
 * preset does not allow producing audio, or allows it only on the stage and you are not on it.
 * Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When turning the microphone on or off failed.
 */
export class RtkMicToggle extends RtkElement {
  static override strings = { ...micStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate', 'mediaPermissionUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
    [m.stage, 'stageStatusUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Turns it on or off, as a click would (the keyboard shortcut of `rtk-controlbar` calls this). */
  toggle(): void {
    this.handleClick();
  }

  private handleClick = (): void => {
    const self = this.activeMeeting?.self;
    if (!self || this.action.isPending('toggle') || this.reason()) return;
    const on = Boolean(self.audioEnabled);
    void this.action.run('toggle', () => (on ? self.disableAudio() : self.enableAudio()), {
      action: this.localize(on ? 'mic.on' : 'mic.off'),
    });
  };

  /** Why the microphone cannot be used, or `undefined` when it can. */
  private reason(): string | undefined {
    const self = this.activeMeeting?.self;
    const permission = self?.permissions?.canProduceAudio;
    if (permission === 'NOT_ALLOWED') return this.localize('mic.not_allowed');
    // CAN_REQUEST: allowed only on the stage (webinar and livestream viewers).
    const staged = self?.stageStatus === 'ON_STAGE' || self?.stageStatus === 'ACCEPTED_TO_JOIN_STAGE';
    if (permission === 'CAN_REQUEST' && !staged) return this.localize('mic.needs_stage');
    return undefined;
  }

  override render() {
    const self = this.activeMeeting?.self;
    if (!self) return nothing;
    const on = Boolean(self.audioEnabled);
    const reason = this.reason();
    const blocked = BLOCKED.has(self.mediaPermissions?.audio ?? '');
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(on ? 'mic.label_on' : 'mic.label_off')}
      .icon=${on ? 'mic_on' : 'mic_off'}
      .pressed=${on}
      .disabled=${Boolean(reason)}
      .isLoading=${this.action.isPending('toggle')}
      .showWarning=${blocked}
      .description=${reason ?? (blocked ? this.localize('mic.permission_denied') : undefined)}
      .variant=${this.variant}
      .size=${this.size}
      .iconPack=${this.icons}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
