import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import type { Poll } from '../../meeting/polls.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens and closes the polls in the sidebar (UI states `activeSidebar` and `sidebar: 'polls'`)
 * and shows how many polls others created since the polls were last open.
 *
 * Hidden (the element sets its `hidden` attribute) without a polls module, when the preset may
 * neither view nor create polls, or when the preset's control bar leaves polls out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart unread-count - The new-poll badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'polls' }`) or closes the sidebar.
 */
export class RtkPollsToggle extends SidebarToggleElement {
  static override strings = controlsStrings;

  protected readonly section = 'polls';

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.polls, 'pollsUpdate'],
      [m.self?.permissions, 'pollsUpdate', 'permissionsUpdate'],
    ],
    {
      onEvent: (event, args) => {
        const payload = args[0] as { polls?: Poll[]; newPoll?: boolean } | undefined;
        const newest = payload?.polls?.at(-1);
        const self = this.activeMeeting?.self;
        if (
          event === 'pollsUpdate' &&
          payload?.newPoll &&
          newest &&
          newest.createdByUserId !== self?.userId
        ) {
          this.markUnseen(newest.id);
        }
      },
    },
  );

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions?.polls;
    if (
      !meeting?.polls ||
      presetOf(meeting, this.activeConfig)?.controlBar?.elements?.polls === false
    )
      return false;
    return !permissions || permissions.canView || permissions.canCreate;
  }

  override render() {
    if (!this.shown()) return nothing;
    // Polls others created since the polls were last open (kept per meeting, like the chat's).
    const count = this.unseenCount;
    return this.renderToggle(
      this.localize('controls.polls'),
      'poll',
      paths.poll,
      count,
      this.localize('controls.new_polls', { count }),
      'unread-count',
    );
  }
}
