import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { stageStrings } from '../../i18n/en/stage.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-stage-queue.styles.js';

/**
 * The official kit's name for the host's queue of stage requests: an `rtk-stage-requests` (who
 * asked and when, Accept or Deny each, Accept all / Deny all, live), with the official parts.
 *
 * Hidden (the element sets its `hidden` attribute) when the local user may not answer stage
 * requests (no stage, or no `acceptStageRequests` permission).
 *
 * @csspart staged-heading-count - The number of requests in the heading.
 * @csspart staged-participants - The list of requests.
 * @csspart requests - The inner `rtk-stage-requests` (its other parts are exported as well:
 *   `header`, `heading`, `accept-all-button`, `deny-all-button`, `scroller`, `request`,
 *   `avatar`, `name`, `time`, `accept-button`, `deny-button`, `load-more`, `empty`).
 *
 * @fires rtkNotification - When accepting or denying failed.
 */
export class RtkParticipantsStageQueue extends RtkElement {
  static override strings = stageStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  /** Where the list is shown (`sidebar` or `full`), as in the official kit. */
  @property() view?: string;

  /** Whether the local user may answer stage requests (as `rtk-stage-requests` decides). */
  private canManage(): boolean {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self?.permissions;
    return (
      Boolean(meeting?.stage) &&
      Boolean(permissions?.stageEnabled) &&
      Boolean(permissions?.acceptStageRequests)
    );
  }

  protected override updated(): void {
    this.hidden = !this.canManage();
  }

  override render() {
    if (!this.canManage()) return nothing;
    return html`<rtk-stage-requests
      part="requests"
      exportparts="heading-count: staged-heading-count, list: staged-participants, header, heading, accept-all-button, deny-all-button, scroller, request, avatar, name, time, accept-button, deny-button, load-more, empty"
      .size=${this.size}
      .view=${this.view}
    ></rtk-stage-requests>`;
  }
}
