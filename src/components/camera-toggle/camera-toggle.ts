import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './camera-toggle.styles.js';
import { cameraStrings } from '../../i18n/en/camera.js';
import { errorStrings } from '../../i18n/en/error.js';

const BLOCKED = new Set(['DENIED', 'SYSTEM_DENIED', 'COULD_NOT_START', 'NO_DEVICES_AVAILABLE']);

/**
 * Turns the local camera on and off.
 *
 * Shows what the meeting says (`meeting.self.videoEnabled`), never what it hopes: while the call
 * is in flight the button is busy, and if the call fails an `rtkNotification` is fired and the
 * button keeps showing the real state. Disabled, with the reason as its description, when the
 * preset does not allow producing video, or allows it only on the stage and you are not on it.
 * Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When turning the camera on or off failed.
 */
export class RtkCameraToggle extends RtkElement {
  static override strings = { ...cameraStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'videoUpdate', 'mediaPermissionUpdate'],
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
    const on = Boolean(self.videoEnabled);
    void this.action.run('toggle', () => (on ? self.disableVideo() : self.enableVideo()), {
      action: this.localize(on ? 'camera.on' : 'camera.off'),
    });
  };

  /** Why the camera cannot be used, or `undefined` when it can. */
  private reason(): string | undefined {
    const self = this.activeMeeting?.self;
    const permission = self?.permissions?.canProduceVideo;
    if (permission === 'NOT_ALLOWED') return this.localize('camera.not_allowed');
    // CAN_REQUEST: allowed only on the stage (webinar and livestream viewers).
    const staged = self?.stageStatus === 'ON_STAGE' || self?.stageStatus === 'ACCEPTED_TO_JOIN_STAGE';
    if (permission === 'CAN_REQUEST' && !staged) return this.localize('camera.needs_stage');
    return undefined;
  }

  override render() {
    const self = this.activeMeeting?.self;
    if (!self) return nothing;
    const on = Boolean(self.videoEnabled);
    const reason = this.reason();
    const blocked = BLOCKED.has(self.mediaPermissions?.video ?? '');
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(on ? 'camera.label_on' : 'camera.label_off')}
      .icon=${on ? 'video_on' : 'video_off'}
      .pressed=${on}
      .disabled=${Boolean(reason)}
      .isLoading=${this.action.isPending('toggle')}
      .showWarning=${blocked}
      .description=${reason ?? (blocked ? this.localize('camera.permission_denied') : undefined)}
      .variant=${this.variant}
      .size=${this.size}
      .iconPack=${this.icons}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
