import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens and closes the participant list in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'participants'`). For hosts its badge counts the people in the waiting room
 * (`acceptWaitingRequests`) plus the requests to join the stage (`acceptStageRequests`).
 *
 * Hidden (the element sets its `hidden` attribute) when the preset hides the participant list
 * (`showParticipantList: false`) or the preset's control bar leaves it out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart waiting-participants-count - The badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'participants' }`) or closes the sidebar.
 */
export class RtkParticipantsToggle extends SidebarToggleElement {
  static override strings = controlsStrings;

  protected readonly section = 'participants';

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.waitlisted, 'participantJoined', 'participantLeft'],
    [m.stage, 'stageAccessRequestUpdate', 'newStageRequest'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  /** People waiting for a host: in the waiting room, or asking for the stage. */
  private waiting(): number {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions;
    let count = 0;
    if (permissions?.acceptWaitingRequests) count += meeting?.participants?.waitlisted?.size ?? 0;
    if (
      permissions?.acceptStageRequests &&
      typeof meeting?.stage?.getAccessRequests === 'function'
    ) {
      try {
        count += meeting.stage.getAccessRequests()?.stageRequests?.length ?? 0;
      } catch {
        // No stage in this meeting (2003): no requests to count.
      }
    }
    return count;
  }

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    if (!meeting?.participants || meeting.self.permissions?.showParticipantList === false)
      return false;
    return presetOf(meeting, this.activeConfig)?.controlBar?.elements?.participants !== false;
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.waiting();
    return this.renderToggle(
      this.localize('controls.participants'),
      'participants',
      paths.participants,
      count,
      this.localize('controls.waiting', { count }),
      'waiting-participants-count',
    );
  }
}
