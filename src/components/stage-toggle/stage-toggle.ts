import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { stageStrings } from '../../i18n/en/stage.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './stage-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Gets on and off the stage of a webinar or livestream (`meeting.stage`), by `stage.status`:
 *
 * | status | preset `stageAccess` | button | call |
 * |---|---|---|---|
 * | `OFF_STAGE` | `CAN_REQUEST` | Request to join stage | `requestAccess()` |
 * | `OFF_STAGE` | `ALLOWED` | Join stage | `requestAccess()`, then `join()` |
 * | `REQUESTED_TO_JOIN_STAGE` | | Cancel request | `cancelRequestAccess()` |
 * | `ACCEPTED_TO_JOIN_STAGE` | | Join stage | opens the device check (`rtk-join-stage` in a dialog), which calls `join()` |
 * | `ON_STAGE` | | Leave stage | `leave()` |
 *
 * When a host accepts the request (`stageRequestApproved`) the device check opens by itself and
 * a notification says so; when a host declines it (`stageRequestRejected`) a notification says
 * that. The dialog closes once you joined or declined, or when the status moves on without you.
 * `rtk-join-stage` and the dialog are loaded the first time they are needed.
 *
 * Busy while a call is in flight; a rejection fires an `rtkNotification` and the button keeps
 * following `stageStatusUpdate`. Hidden (the element sets its `hidden` attribute) without a stage
 * module, when the preset has no stage (`stageEnabled: false`, e.g. group calls) or may not join
 * it (`stageAccess: 'NOT_ALLOWED'`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart join-dialog - The `rtk-dialog` of the device check.
 * @csspart join-stage - The `rtk-join-stage` inside it.
 *
 * @fires rtkNotification - When a stage call failed, and when a host accepted or declined your
 *   request.
 */
export class RtkStageToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings, ...stageStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.stage, 'stageStatusUpdate', 'stageRequestApproved', 'stageRequestRejected'],
      [m.self?.permissions, 'permissionsUpdate'],
    ],
    {
      onEvent: (event) => {
        if (event === 'stageRequestApproved') this.approved();
        else if (event === 'stageRequestRejected') this.notify('stage.rejected');
      },
    },
  );

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the device check dialog is open. */
  @state() private joinDialog = false;

  private static loading?: Promise<unknown>;

  /** Loads the device check (`rtk-join-stage`) and the dialog, once. */
  static loadJoinStage(): Promise<unknown> {
    RtkStageToggle.loading ??= Promise.all([
      import('../join-stage/rtk-join-stage.js'),
      import('../dialog/rtk-dialog.js'),
    ]);
    return RtkStageToggle.loading;
  }

  private shown(): boolean {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions;
    return (
      Boolean(meeting?.stage) &&
      Boolean(permissions?.stageEnabled) &&
      permissions?.stageAccess !== 'NOT_ALLOWED'
    );
  }

  /** Performs the stage step the button shows, as a click would. */
  toggle(): void {
    const meeting = this.activeMeeting;
    const stage = meeting?.stage;
    if (!stage || !this.shown() || this.action.isPending('toggle')) return;
    const status = stage.status;
    if (status === 'ACCEPTED_TO_JOIN_STAGE') {
      void this.openJoinDialog();
      return;
    }
    const label = this.labelKey();
    const call =
      status === 'ON_STAGE'
        ? () => stage.leave()
        : status === 'REQUESTED_TO_JOIN_STAGE'
          ? () => stage.cancelRequestAccess()
          : async () => {
              await stage.requestAccess();
              // With `ALLOWED` the request is accepted at once: go on.
              if (stage.status === 'ACCEPTED_TO_JOIN_STAGE') await stage.join();
            };
    void this.action.run('toggle', call, { action: this.localize(label) });
  }

  /** Opens the device check before joining the stage (only while accepted). */
  async openJoinDialog(): Promise<void> {
    await RtkStageToggle.loadJoinStage();
    if (this.activeMeeting?.stage?.status === 'ACCEPTED_TO_JOIN_STAGE' && this.isConnected)
      this.joinDialog = true;
  }

  private approved(): void {
    this.notify('stage.approved', 'success');
    void this.openJoinDialog();
  }

  private notify(key: string, variant: 'info' | 'success' = 'info'): void {
    this.dispatchEvent(
      new RtkNotificationEvent({ id: nextNotificationId(), message: this.localize(key), variant }),
    );
  }

  private labelKey(): string {
    const status = this.activeMeeting?.stage?.status;
    if (status === 'ON_STAGE') return 'controls.stage_leave';
    if (status === 'REQUESTED_TO_JOIN_STAGE') return 'controls.stage_cancel';
    if (status === 'ACCEPTED_TO_JOIN_STAGE') return 'controls.stage_join';
    return this.activeMeeting?.self.permissions?.stageAccess === 'CAN_REQUEST'
      ? 'controls.stage_request'
      : 'controls.stage_join';
  }

  private handleClick = (): void => this.toggle();

  private closeJoinDialog = (): void => {
    this.joinDialog = false;
  };

  protected override willUpdate(): void {
    // The status moved on (joined, declined, removed by a host): the device check is over.
    if (this.joinDialog && this.activeMeeting?.stage?.status !== 'ACCEPTED_TO_JOIN_STAGE')
      this.joinDialog = false;
  }

  protected override updated(): void {
    this.hidden = !this.shown();
  }

  override render() {
    const stage = this.activeMeeting?.stage;
    if (!stage || !this.shown()) return nothing;
    const status = stage.status;
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize(this.labelKey())}
        .icon=${status === 'ON_STAGE' ? 'stage_leave' : status === 'REQUESTED_TO_JOIN_STAGE' ? 'close' : 'stage_join'}
        .iconPath=${status === 'ON_STAGE' ? paths.stage_leave : status === 'REQUESTED_TO_JOIN_STAGE' ? paths.close : paths.stage_join}
        .description=${status === 'REQUESTED_TO_JOIN_STAGE' ? this.localize('controls.stage_requested') : undefined}
        .isLoading=${this.action.isPending('toggle')}
        .variant=${this.variant}
        .size=${this.size}
        @click=${this.handleClick}
      ></rtk-controlbar-button>
      ${
        this.joinDialog
          ? html`<rtk-dialog
            part="join-dialog"
            open
            .label=${this.localize('stage.join_title')}
            @rtkDialogClose=${this.closeJoinDialog}
          >
            <rtk-join-stage
              part="join-stage"
              hide-title
              .size=${this.size}
              @rtkJoinStage=${this.closeJoinDialog}
              @rtkLeaveStage=${this.closeJoinDialog}
            ></rtk-join-stage>
          </rtk-dialog>`
          : nothing
      }`;
  }
}
