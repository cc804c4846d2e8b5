import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './stage-toggle.styles.js';

/**
 * Gets on and off the stage of a webinar or livestream (`meeting.stage`), by `stage.status`:
 *
 * | status | preset `stageAccess` | button | call |
 * |---|---|---|---|
 * | `OFF_STAGE` | `CAN_REQUEST` | Request to join stage | `requestAccess()` |
 * | `OFF_STAGE` | `ALLOWED` | Join stage | `requestAccess()`, then `join()` |
 * | `REQUESTED_TO_JOIN_STAGE` | | Cancel request | `cancelRequestAccess()` |
 * | `ACCEPTED_TO_JOIN_STAGE` | | Join stage | `join()` |
 * | `ON_STAGE` | | Leave stage | `leave()` |
 *
 * Busy while the call is in flight; a rejection fires an `rtkNotification` and the button keeps
 * following `stageStatusUpdate`. Hidden (the element sets its `hidden` attribute) without a stage
 * module, when the preset has no stage (`stageEnabled: false`, e.g. group calls) or may not join
 * it (`stageAccess: 'NOT_ALLOWED'`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When a stage call failed.
 */
export class RtkStageToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.stage, 'stageStatusUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private shown(): boolean {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions;
    return Boolean(meeting?.stage) && Boolean(permissions?.stageEnabled) && permissions?.stageAccess !== 'NOT_ALLOWED';
  }

  /** Performs the stage step the button shows, as a click would. */
  toggle(): void {
    const meeting = this.activeMeeting;
    const stage = meeting?.stage;
    if (!stage || !this.shown() || this.action.isPending('toggle')) return;
    const status = stage.status;
    const label = this.labelKey();
    const call =
      status === 'ON_STAGE'
        ? () => stage.leave()
        : status === 'ACCEPTED_TO_JOIN_STAGE'
          ? () => stage.join()
          : status === 'REQUESTED_TO_JOIN_STAGE'
            ? () => stage.cancelRequestAccess()
            : async () => {
                await stage.requestAccess();
                // With `ALLOWED` the request is accepted at once: go on.
                if (stage.status === 'ACCEPTED_TO_JOIN_STAGE') await stage.join();
              };
    void this.action.run('toggle', call, { action: this.localize(label) });
  }

  private labelKey(): string {
    const status = this.activeMeeting?.stage?.status;
    if (status === 'ON_STAGE') return 'controls.stage_leave';
    if (status === 'REQUESTED_TO_JOIN_STAGE') return 'controls.stage_cancel';
    if (status === 'ACCEPTED_TO_JOIN_STAGE') return 'controls.stage_join';
    return this.activeMeeting?.self.permissions?.stageAccess === 'CAN_REQUEST' ? 'controls.stage_request' : 'controls.stage_join';
  }

  private handleClick = (): void => this.toggle();

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
      .description=${status === 'REQUESTED_TO_JOIN_STAGE' ? this.localize('controls.stage_requested') : undefined}
      .isLoading=${this.action.isPending('toggle')}
      .variant=${this.variant}
      .size=${this.size}
      .iconPack=${this.icons}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
