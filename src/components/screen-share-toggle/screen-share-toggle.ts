import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { presetOf } from '../../context/config.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './screen-share-toggle.styles.js';
import * as paths from '../../icons/paths.js';

const BLOCKED = new Set(['DENIED', 'SYSTEM_DENIED', 'COULD_NOT_START']);

/**
 * Starts and stops sharing the local screen (`meeting.self.enableScreenShare()`).
 *
 * Shows what the meeting says (`self.screenShareEnabled`): busy while the call is in flight, and
 * an `rtkNotification` when it fails. Hidden when the preset does not allow screen sharing
 * (`canProduceScreenshare: 'NOT_ALLOWED'`) or the preset's control bar leaves it out. With
 * `CAN_REQUEST` (webinar viewers) it becomes "Request to share", which asks for the stage
 * (`stage.requestAccess()`); once asked, it is disabled with the reason until a host answers.
 * The element sets its own `hidden` attribute when it has nothing to show.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When starting or stopping the share, or the request, failed.
 * @fires rtkApiError - When starting or stopping the share, or the request, failed
 *   (`detail: { trace, message }`, e.g. `trace: 'self.enableScreenShare'`), as in the official kit.
 */
export class RtkScreenShareToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'screenShareUpdate', 'mediaPermissionUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
    [m.stage, 'stageStatusUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Starts or stops sharing (or asks for the stage), as a click would. */
  toggle(): void {
    this.handleClick();
  }

  private mode(): 'hidden' | 'share' | 'request' | 'requested' | 'needs-stage' {
    const self = this.activeMeeting?.self;
    const permission = self?.permissions?.canProduceScreenshare;
    if (
      !self ||
      permission === 'NOT_ALLOWED' ||
      presetOf(this.activeMeeting, this.activeConfig)?.controlBar?.elements?.screenshare === false
    )
      return 'hidden';
    if (typeof self.enableScreenShare !== 'function') return 'hidden';
    if (permission !== 'CAN_REQUEST') return 'share';
    const status = self.stageStatus;
    if (status === 'ON_STAGE' || status === 'ACCEPTED_TO_JOIN_STAGE') return 'share';
    if (status === 'REQUESTED_TO_JOIN_STAGE') return 'requested';
    return this.activeMeeting?.stage && self.permissions?.stageAccess === 'CAN_REQUEST'
      ? 'request'
      : 'needs-stage';
  }

  private handleClick = (): void => {
    const meeting = this.activeMeeting;
    const self = meeting?.self;
    const mode = this.mode();
    if (!self || this.action.isPending('toggle')) return;
    if (mode === 'request' && meeting.stage) {
      const stage = meeting.stage;
      void this.action.run('toggle', () => stage.requestAccess(), {
        action: this.localize('controls.screenshare_request'),
        trace: 'stage.requestAccess',
      });
    } else if (mode === 'share') {
      const on = Boolean(self.screenShareEnabled);
      void this.action.run(
        'toggle',
        () => (on ? self.disableScreenShare() : self.enableScreenShare()),
        {
          action: this.localize(on ? 'controls.screenshare_stop' : 'controls.screenshare_start'),
          trace: on ? 'self.disableScreenShare' : 'self.enableScreenShare',
        },
      );
    }
  };

  protected override updated(): void {
    this.hidden = this.mode() === 'hidden';
  }

  override render() {
    const self = this.activeMeeting?.self;
    const mode = this.mode();
    if (!self || mode === 'hidden') return nothing;
    const on = Boolean(self.screenShareEnabled);
    const blocked = BLOCKED.has(self.mediaPermissions?.screenshare ?? '');
    const reason =
      mode === 'requested'
        ? this.localize('controls.stage_requested')
        : mode === 'needs-stage'
          ? this.localize('controls.screenshare_needs_stage')
          : blocked
            ? this.localize('controls.screenshare_blocked')
            : undefined;
    const label =
      mode === 'request' || mode === 'requested'
        ? this.localize('controls.screenshare_request')
        : this.localize(on ? 'controls.screenshare_stop' : 'controls.screenshare_start');
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${label}
      .icon=${on ? 'share_screen_stop' : 'share_screen_start'}
      .iconPath=${on ? paths.share_screen_stop : paths.share_screen_start}
      .pressed=${mode === 'share' ? on : undefined}
      .disabled=${mode === 'requested' || mode === 'needs-stage'}
      .isLoading=${this.action.isPending('toggle')}
      .showWarning=${blocked}
      .description=${reason}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
