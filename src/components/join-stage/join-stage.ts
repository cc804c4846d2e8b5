import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { stageStrings } from '../../i18n/en/stage.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './join-stage.styles.js';

/** Texts of `rtk-join-stage` the page may replace (already translated), as in the official kit. */
export interface JoinStageConfig {
  title?: string;
  description?: string;
  label?: { accept?: string; reject?: string };
}

/** Fired by `rtk-join-stage` once the local user is on the stage. */
export class RtkJoinStageEvent extends Event {
  static readonly eventName = 'rtkJoinStage';

  constructor() {
    super(RtkJoinStageEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `rtk-join-stage` when the local user declined the stage or left it. */
export class RtkLeaveStageEvent extends Event {
  static readonly eventName = 'rtkLeaveStage';

  constructor() {
    super(RtkLeaveStageEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkJoinStage: RtkJoinStageEvent;
    rtkLeaveStage: RtkLeaveStageEvent;
  }
}

/**
 * The viewer's side of the stage in a webinar or livestream, following `stage.status`:
 *
 * | status | shows | call |
 * |---|---|---|
 * | `OFF_STAGE` | "Want to speak?" and Request to join stage | `stage.requestAccess()` |
 * | `REQUESTED_TO_JOIN_STAGE` | "You asked…" and Cancel request | `stage.cancelRequestAccess()` |
 * | `ACCEPTED_TO_JOIN_STAGE` | a device check: your preview (`rtk-participant-setup`), microphone and camera toggles; Join stage or Not now | `stage.join()` / `stage.leave()` |
 * | `ON_STAGE` | "You are on the stage" and Leave stage | `stage.leave()` |
 *
 * A button is busy while its call runs; a rejection becomes an `rtkNotification` and the view
 * keeps following the real status. `rtk-stage-toggle` shows it in a dialog when a host lets you
 * on the stage. Hidden (the element sets its `hidden` attribute) without a stage module, when the
 * preset has no stage (`stageEnabled`) or may not join it (`stageAccess: 'NOT_ALLOWED'`).
 *
 * @csspart title - The heading (left out with `hide-title`).
 * @csspart description - The explanation under the heading.
 * @csspart preview - The `rtk-participant-setup` preview of the device check.
 * @csspart media-controls - The row with the microphone and camera toggles.
 * @csspart actions - The row of buttons.
 * @csspart request-button - Request to join stage.
 * @csspart cancel-button - Cancel request.
 * @csspart join-button - Join stage, after the device check.
 * @csspart decline-button - Not now.
 * @csspart leave-button - Leave stage.
 *
 * @cssprop --rtk-join-stage-background - Background.
 *
 * @fires rtkJoinStage - Once you are on the stage (after Join stage).
 * @fires rtkLeaveStage - When you declined the stage (Not now) or left it.
 * @fires rtkStateUpdate - `{ activeJoinStage: false }` after joining or declining, to close a
 *   dialog that shows this element.
 * @fires rtkNotification - When a stage call failed.
 */
export class RtkJoinStage extends RtkElement {
  static override strings = { ...stageStrings, ...controlsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.stage, 'stageStatusUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Replaces the title, description and button texts (official `dataConfig`). */
  @property({ attribute: false }) dataConfig?: JoinStageConfig;

  /** Leaves the heading out, e.g. inside a dialog that shows the same title. Our addition. */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  private shown(meeting: Meeting | undefined): boolean {
    const permissions = meeting?.self?.permissions;
    return (
      Boolean(meeting?.stage) &&
      Boolean(permissions?.stageEnabled) &&
      permissions?.stageAccess !== 'NOT_ALLOWED'
    );
  }

  /** Asks the hosts for the stage (with `stageAccess: 'ALLOWED'` it is granted at once). */
  async request(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending()) return;
    await this.action.run('request', () => stage.requestAccess(), {
      action: this.localize('controls.stage_request'),
    });
  }

  /** Withdraws the request. */
  async cancel(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending()) return;
    await this.action.run('cancel', () => stage.cancelRequestAccess(), {
      action: this.localize('controls.stage_cancel'),
    });
  }

  /** Goes on the stage after the device check. */
  async join(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending()) return;
    const result = await this.action.run('join', () => stage.join(), {
      action: this.localize('controls.stage_join'),
    });
    if (!result.ok) return;
    this.dispatchEvent(new RtkJoinStageEvent());
    this.updateStates({ activeJoinStage: false });
  }

  /** Declines an accepted request (Not now) or leaves the stage. */
  async leave(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending()) return;
    const declining = stage.status === 'ACCEPTED_TO_JOIN_STAGE';
    const label = declining ? this.label('reject') : this.localize('controls.stage_leave');
    const result = await this.action.run(declining ? 'decline' : 'leave', () => stage.leave(), {
      action: label,
    });
    if (!result.ok) return;
    this.dispatchEvent(new RtkLeaveStageEvent());
    if (declining) this.updateStates({ activeJoinStage: false });
  }

  private label(which: 'accept' | 'reject'): string {
    const own = this.dataConfig?.label?.[which];
    if (own) return own;
    return which === 'accept'
      ? this.localize('controls.stage_join')
      : this.localize('stage.join_decline');
  }

  protected override updated(): void {
    this.hidden = !this.shown(this.activeMeeting);
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!this.shown(meeting)) return nothing;
    const status = meeting!.stage!.status;
    switch (status) {
      case 'ACCEPTED_TO_JOIN_STAGE':
        return this.renderDeviceCheck();
      case 'REQUESTED_TO_JOIN_STAGE':
        return this.renderStep(
          this.localize('stage.requested_description'),
          html`<rtk-button
          part="cancel-button"
          variant="secondary"
          .size=${this.size}
          ?loading=${this.action.isPending('cancel')}
          @click=${() => void this.cancel()}
          >${this.localize('controls.stage_cancel')}</rtk-button
        >`,
        );
      case 'ON_STAGE':
        return this.renderStep(
          this.localize('stage.on_stage_description'),
          html`<rtk-button
          part="leave-button"
          variant="danger"
          .size=${this.size}
          ?loading=${this.action.isPending('leave')}
          @click=${() => void this.leave()}
          >${this.localize('controls.stage_leave')}</rtk-button
        >`,
        );
      default: {
        const canRequest = meeting!.self.permissions?.stageAccess === 'CAN_REQUEST';
        return this.renderStep(
          this.localize('stage.request_description'),
          html`<rtk-button
          part="request-button"
          variant="primary"
          .size=${this.size}
          ?loading=${this.action.isPending('request')}
          @click=${() => void this.request()}
          >${this.localize(canRequest ? 'controls.stage_request' : 'controls.stage_join')}</rtk-button
        >`,
        );
      }
    }
  }

  private renderTitle() {
    if (this.hideTitle) return nothing;
    return html`<h2 part="title">${this.dataConfig?.title ?? this.localize('stage.join_title')}</h2>`;
  }

  private renderStep(description: string, button: unknown) {
    return html`${this.renderTitle()}
      <p part="description">${description}</p>
      <div part="actions">${button}</div>`;
  }

  private renderDeviceCheck() {
    const busy = this.action.isPending();
    return html`${this.renderTitle()}
      <p part="description">${this.dataConfig?.description ?? this.localize('stage.join_description')}</p>
      <rtk-participant-setup part="preview"></rtk-participant-setup>
      <div part="media-controls">
        <rtk-mic-toggle variant="horizontal" .size=${this.size}></rtk-mic-toggle>
        <rtk-camera-toggle variant="horizontal" .size=${this.size}></rtk-camera-toggle>
      </div>
      <div part="actions">
        <rtk-button
          part="decline-button"
          variant="secondary"
          .size=${this.size}
          ?loading=${this.action.isPending('decline')}
          ?disabled=${busy && !this.action.isPending('decline')}
          @click=${() => void this.leave()}
          >${this.label('reject')}</rtk-button
        >
        <rtk-button
          part="join-button"
          variant="primary"
          .size=${this.size}
          ?loading=${this.action.isPending('join')}
          ?disabled=${busy && !this.action.isPending('join')}
          @click=${() => void this.join()}
          >${this.label('accept')}</rtk-button
        >
      </div>`;
  }
}
